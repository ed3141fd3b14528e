import { describe, expect, it } from 'vitest';
import { ChartHighlight } from './highlight.svelte';

describe('the chart highlight', () => {
  it('shows the item pointed at or focused, and nothing once the pointer or focus leaves', () => {
    const h = new ChartHighlight();
    h.handlers('data').onfocus();
    expect(h.active).toBe('data');
    h.handlers('data').onblur();
    expect(h.active).toBeNull();
  });

  it('keeps showing a selected item after the pointer leaves, until it is selected again', () => {
    const h = new ChartHighlight();
    const data = h.handlers('data');
    data.onmouseenter();
    data.onclick();
    data.onmouseleave();
    expect(h.active).toBe('data');
    data.onclick();
    expect(h.active).toBeNull();
  });

  it('shows the item pointed at over the selected one, and goes back to the selected one', () => {
    const h = new ChartHighlight();
    h.toggle('data');
    h.handlers('content').onmouseenter();
    expect(h.active).toBe('content');
    h.handlers('content').onmouseleave();
    expect(h.active).toBe('data');
  });

  it('ignores a late leave from an item that is no longer pointed at', () => {
    const h = new ChartHighlight();
    h.handlers('content').onfocus();
    h.handlers('data').onmouseenter();
    h.handlers('content').onblur();
    expect(h.active).toBe('data');
  });

  it('clears everything on Escape', () => {
    const h = new ChartHighlight();
    h.toggle('data');
    h.handlers('data').onfocus();
    h.handlers('data').onkeydown({ key: 'Escape' });
    expect(h.active).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { ChartHighlight } from './highlight.svelte';

describe('the chart highlight', () => {
  it('shows the item pointed at or focused, and nothing once the pointer or focus leaves', () => {
    const h = new ChartHighlight();
    h.enter('data');
    expect(h.active).toBe('data');
    h.leave('data');
    expect(h.active).toBeNull();
  });

  it('keeps showing a selected item after the pointer leaves, until it is selected again', () => {
    const h = new ChartHighlight();
    h.enter('data');
    h.toggle('data');
    h.leave('data');
    expect(h.active).toBe('data');
    h.toggle('data');
    expect(h.active).toBeNull();
  });

  it('shows the item pointed at over the selected one, and goes back to the selected one', () => {
    const h = new ChartHighlight();
    h.toggle('data');
    h.enter('content');
    expect(h.active).toBe('content');
    h.leave('content');
    expect(h.active).toBe('data');
  });

  it('ignores a late leave from an item that is no longer pointed at', () => {
    const h = new ChartHighlight();
    h.enter('content');
    h.enter('data');
    h.leave('content');
    expect(h.active).toBe('data');
  });

  it('clears everything on Escape', () => {
    const h = new ChartHighlight();
    h.toggle('data');
    h.enter('data');
    h.key({ key: 'Escape' });
    expect(h.active).toBeNull();
  });

  it('wires a legend button: hover or focus shows, click selects, Escape clears, detaching stops', () => {
    const h = new ChartHighlight();
    const button = new EventTarget();
    const detach = h.item('data')(button);
    button.dispatchEvent(new Event('focus'));
    expect(h.active).toBe('data');
    button.dispatchEvent(new Event('click'));
    button.dispatchEvent(new Event('blur'));
    expect(h.active).toBe('data');
    const escape = Object.assign(new Event('keydown'), { key: 'Escape' });
    button.dispatchEvent(escape);
    expect(h.active).toBeNull();
    detach();
    button.dispatchEvent(new Event('mouseenter'));
    expect(h.active).toBeNull();
  });
});

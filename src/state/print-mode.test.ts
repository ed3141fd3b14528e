import { describe, expect, it } from 'vitest';
import { openAll } from './print-mode.svelte';

describe('opening every disclosure for print', () => {
  it('opens the closed ones and leaves the open ones open', () => {
    const items = [{ open: false }, { open: true }, { open: false }];
    openAll(items);
    expect(items.map((d) => d.open)).toEqual([true, true, true]);
  });

  it('closes again only those it opened, so the reader finds the page as they left it', () => {
    const items = [{ open: false }, { open: true }];
    const restore = openAll(items);
    restore();
    expect(items.map((d) => d.open)).toEqual([false, true]);
  });
});

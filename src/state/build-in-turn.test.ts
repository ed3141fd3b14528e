import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BuildInTurn } from './build-in-turn.svelte';

const SECTIONS = ['overview', 'maturity', 'raci', 'heatmap'] as const;

/** The sections built, in page order. */
const builtOf = (page: BuildInTurn<(typeof SECTIONS)[number]>): string[] =>
  SECTIONS.filter((s) => page.built[s]);

describe('building a page a section at a time', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('builds nothing in the task that starts it, and prepares before the first section', () => {
    const prepare = vi.fn();
    const page = new BuildInTurn(SECTIONS, prepare);
    page.start();
    expect(prepare).not.toHaveBeenCalled();
    vi.advanceTimersToNextTimer();
    expect(prepare).toHaveBeenCalledOnce();
    expect(builtOf(page)).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(builtOf(page)).toEqual(['overview']);
  });

  it('builds one section a task, in page order', () => {
    const page = new BuildInTurn(SECTIONS, () => {});
    page.start();
    vi.advanceTimersToNextTimer();
    const seen: string[][] = [];
    for (let i = 0; i < SECTIONS.length; i++) {
      vi.advanceTimersToNextTimer();
      seen.push(builtOf(page));
    }
    expect(seen).toEqual([
      ['overview'],
      ['overview', 'maturity'],
      ['overview', 'maturity', 'raci'],
      ['overview', 'maturity', 'raci', 'heatmap'],
    ]);
  });

  it('builds a section near the window before those above it, but never before the first', () => {
    const page = new BuildInTurn(SECTIONS, () => {});
    page.start();
    page.reach('heatmap', true);
    vi.advanceTimersToNextTimer();
    expect(page.built.heatmap).toBe(false);
    vi.advanceTimersToNextTimer();
    expect(builtOf(page)).toEqual(['overview']);
    vi.advanceTimersToNextTimer();
    expect(builtOf(page)).toEqual(['overview', 'heatmap']);
  });

  it('builds a section that comes near once the first is built at once', () => {
    const page = new BuildInTurn(SECTIONS, () => {});
    page.start();
    vi.advanceTimersToNextTimer();
    vi.advanceTimersToNextTimer();
    page.reach('raci', true);
    expect(builtOf(page)).toEqual(['overview', 'raci']);
  });

  it('stops building when stopped', () => {
    const page = new BuildInTurn(SECTIONS, () => {});
    const stop = page.start();
    vi.advanceTimersToNextTimer();
    stop();
    vi.runAllTimers();
    expect(builtOf(page)).toEqual([]);
  });
});

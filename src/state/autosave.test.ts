import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave } from './autosave.svelte';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('saves once, well within a second of the last change', () => {
    const save = vi.fn();
    const a = new Autosave(save, 300);
    a.schedule();
    a.schedule();
    expect(a.status).toBe('pending');
    vi.advanceTimersByTime(299);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(a.status).toBe('saved');
  });

  it('saves within a second even while changes keep coming', () => {
    const save = vi.fn();
    const a = new Autosave(save, 300, 800);
    for (let t = 0; t < 1000; t += 100) {
      a.schedule();
      vi.advanceTimersByTime(100);
    }
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('says why a save failed and tries again on the next change', () => {
    let fail = true;
    const a = new Autosave(() => {
      if (fail) throw new Error('storage is full');
    }, 10);
    a.schedule();
    vi.advanceTimersByTime(10);
    expect(a.status).toBe('error');
    expect(a.error).toBe('storage is full');
    fail = false;
    a.schedule();
    vi.advanceTimersByTime(10);
    expect(a.status).toBe('saved');
    expect(a.error).toBeNull();
  });

  it('saves at once when flushed, for example when the page is left', () => {
    const save = vi.fn();
    const a = new Autosave(save, 300);
    a.schedule();
    a.flush();
    expect(save).toHaveBeenCalledTimes(1);
    a.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });
});

describe('autosave while what saving needs is still loading', () => {
  it('keeps a change pending until it has loaded, then saves it', async () => {
    const save = vi.fn();
    const a = new Autosave(save, 10);
    let loaded = (): void => {};
    a.waitFor(new Promise<void>((resolve) => (loaded = resolve)));
    a.schedule();
    vi.advanceTimersByTime(10);
    a.flush();
    expect(save).not.toHaveBeenCalled();
    expect(a.unsaved).toBe(true);
    loaded();
    await vi.runAllTimersAsync();
    expect(save).toHaveBeenCalledTimes(1);
    expect(a.status).toBe('saved');
  });

  it('says the change is not saved when loading failed', async () => {
    const a = new Autosave(() => {
      throw new Error('storage is blocked');
    }, 10);
    a.waitFor(Promise.reject(new Error('offline')));
    a.schedule();
    await vi.runAllTimersAsync();
    expect(a.status).toBe('error');
    expect(a.error).toBe('storage is blocked');
  });

  it('saves nothing when nothing changed while it loaded', async () => {
    const save = vi.fn();
    const a = new Autosave(save, 10);
    a.waitFor(Promise.resolve());
    await vi.runAllTimersAsync();
    expect(save).not.toHaveBeenCalled();
    expect(a.status).toBe('idle');
  });
});

describe('autosave when the page keeps the work itself', () => {
  it('forgets a waiting change when the page takes the stored version instead', () => {
    const save = vi.fn();
    const a = new Autosave(save, 300);
    a.schedule();
    expect(a.unsaved).toBe(true);
    a.settle();
    vi.advanceTimersByTime(1000);
    expect(save).not.toHaveBeenCalled();
    expect(a.status).toBe('idle');
    expect(a.unsaved).toBe(false);
  });

  it('never saves once switched off, and says so', () => {
    const save = vi.fn();
    const a = new Autosave(save, 10);
    a.switchOff();
    a.schedule();
    vi.advanceTimersByTime(100);
    a.flush();
    expect(save).not.toHaveBeenCalled();
    expect(a.status).toBe('off');
  });
});

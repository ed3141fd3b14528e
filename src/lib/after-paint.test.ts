import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-paint.svelte';

/** Lets a task queued by the painted frame (a message posted from the animation frame) run. */
const nextTask = (): Promise<void> => new Promise((done) => setTimeout(done));

// `afterPaint` itself needs the browser's effects; the end-to-end what-if tests cover it.
describe('running a task once the next frame is painted', () => {
  let frames = new Map<number, FrameRequestCallback>();
  /** Runs the animation frame callbacks, as the browser does before it paints. */
  const frame = (): void => {
    const due = [...frames.values()];
    frames = new Map();
    for (const callback of due) callback(0);
  };
  beforeEach(() => {
    let id = 0;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.set(++id, callback);
      return id;
    });
    vi.stubGlobal('cancelAnimationFrame', (at: number) => frames.delete(at));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    frames = new Map();
  });

  it('waits for the next frame, then runs in a task of its own after it', async () => {
    const task = vi.fn();
    afterNextPaint(task);
    await nextTask();
    expect(task).not.toHaveBeenCalled();
    frame();
    expect(task).not.toHaveBeenCalled();
    await nextTask();
    expect(task).toHaveBeenCalledOnce();
  });

  it('runs nothing once cancelled, before or after the frame', async () => {
    const early = vi.fn();
    const late = vi.fn();
    afterNextPaint(early)();
    const cancelLate = afterNextPaint(late);
    frame();
    cancelLate();
    await nextTask();
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});

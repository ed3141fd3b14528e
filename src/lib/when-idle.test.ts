import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle';

describe('whenIdle', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs the task later, never in the caller’s task', () => {
    vi.useFakeTimers();
    const task = vi.fn();
    whenIdle(task);
    expect(task).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledOnce();
  });

  it('never runs a task cancelled before its turn', () => {
    vi.useFakeTimers();
    const task = vi.fn();
    whenIdle(task)();
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled();
  });

  it('asks the browser for an idle period with a deadline when it can', () => {
    const requested: { timeout?: number }[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void, options: { timeout?: number }) => {
      requested.push(options);
      run();
      return 1;
    });
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    const task = vi.fn();
    whenIdle(task, 300);
    expect(task).toHaveBeenCalledOnce();
    expect(requested).toEqual([{ timeout: 300 }]);
  });
});

/**
 * Runs `task` once the browser is idle, in a task of its own, and at the latest after `timeout`
 * ms (a busy page still gets it); where idle callbacks are missing, in the next task. Returns a
 * function that cancels it.
 */
export function whenIdle(task: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => task(), { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}

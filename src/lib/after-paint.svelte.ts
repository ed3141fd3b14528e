import { untrack } from 'svelte';

/**
 * Runs `task` in a task of its own once the next frame has been painted; returns a function that
 * cancels it. A message posted from the frame's animation callback arrives after that frame's
 * paint, sooner than a timer (which browsers may hold back by a few milliseconds).
 */
export function afterNextPaint(task: () => void): () => void {
  let cancelled = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) task();
  };
  const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    channel.port1.close();
  };
}

const UNREAD = Symbol('unread');

/**
 * A value worked out one painted frame after what it depends on changes: when `watch()` changes,
 * `read()` runs in the task after the next frame, and the views that read `current` update then.
 * So what answers an input at once (the letters typed into a cell) is painted first, without
 * waiting for `read()` or the views that follow it. `watch` must be cheap and must change
 * whenever `read()` would. The first value is read when first asked for, so setting this up
 * costs nothing. Call while a component is being set up (it uses
 * an effect).
 */
export function afterPaint<T>(read: () => T, watch: () => unknown): { readonly current: T } {
  let current: T | typeof UNREAD = $state.raw(UNREAD);
  let initial: { value: T } | undefined;
  let first = true;
  $effect(() => {
    watch();
    if (first) {
      first = false;
      return;
    }
    return afterNextPaint(() => (current = read()));
  });
  return {
    get current() {
      if (current !== UNREAD) return current;
      initial ??= { value: untrack(read) };
      return initial.value;
    },
  };
}

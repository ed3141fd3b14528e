import { whenIdle } from '../when-idle';

/**
 * An attachment (`{@attach trackWidth(set)}`) that reports an element's width now and whenever it
 * changes. Lighter than `bind:clientWidth`, whose runtime every page's shared Svelte chunk would
 * otherwise carry. With `now: false` the first width is not read at once, which would lay the
 * page out in the middle of building it: it comes with the next frame's layout (before that frame
 * is painted) or, for an element the browser is not rendering yet (off screen under
 * `content-visibility: auto`), in the next idle period.
 */
export function trackWidth(
  report: (width: number) => void,
  { now = true }: { now?: boolean } = {},
): (element: HTMLElement) => () => void {
  return (element) => {
    let reported = false;
    const read = (): void => {
      reported = true;
      report(element.clientWidth);
    };
    if (now) read();
    const cancel = now ? () => {} : whenIdle(() => reported || read());
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => {
      cancel();
      observer.disconnect();
    };
  };
}

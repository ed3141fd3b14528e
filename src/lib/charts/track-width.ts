/**
 * An attachment (`{@attach trackWidth(set)}`) that reports an element's width now and whenever it
 * changes. Lighter than `bind:clientWidth`, whose runtime every page's shared Svelte chunk would
 * otherwise carry.
 */
export function trackWidth(report: (width: number) => void): (element: HTMLElement) => () => void {
  return (element) => {
    report(element.clientWidth);
    const observer = new ResizeObserver(() => report(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  };
}

/**
 * An attachment (`{@attach trackVisibility(set)}`) that reports whether an element is on screen,
 * so a chart can skip redrawing while nobody can see it and catch up when it scrolls into view.
 */
export function trackVisibility(
  report: (visible: boolean) => void,
  /** How far outside the viewport still counts as visible, e.g. `'100% 0px'`. */
  rootMargin = '0px',
): (element: HTMLElement) => () => void {
  return (element) => {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) report(entry.isIntersecting);
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  };
}

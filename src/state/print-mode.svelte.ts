import { flushSync } from 'svelte';

/** Something that opens and closes, as a `<details>` element does. */
export interface Openable {
  open: boolean;
}

/** Opens every closed disclosure; the function returned closes again those it opened. */
export function openAll(disclosures: Iterable<Openable>): () => void {
  const opened = [...disclosures].filter((d) => !d.open);
  for (const d of opened) d.open = true;
  return () => {
    for (const d of opened) d.open = false;
  };
}

/** Whether the page is being printed, so views can build what only paper shows. */
class PrintMode {
  active = $state(false);
}

/** The shared print state: true from the browser's `beforeprint` (or print media) until after. */
export const printMode = new PrintMode();

/**
 * Follows the browser's printing (the print events, and the print media query for engines and
 * tools that switch media without them): views catch up at once, before the page is laid out for
 * paper, and every `<details>` opens while printing and closes again after. Returns the stop.
 */
export function followPrint(): () => void {
  let restore: (() => void) | null = null;
  const enter = (): void => {
    if (restore) return;
    printMode.active = true;
    flushSync();
    restore = openAll(document.querySelectorAll('details'));
  };
  const leave = (): void => {
    if (!restore) return;
    restore();
    restore = null;
    printMode.active = false;
  };
  const media = matchMedia('print');
  const onMedia = (): void => (media.matches ? enter() : leave());
  addEventListener('beforeprint', enter);
  addEventListener('afterprint', leave);
  media.addEventListener('change', onMedia);
  // Opened in print media already: catch up once the caller's own mounting is done.
  if (media.matches) queueMicrotask(enter);
  return () => {
    removeEventListener('beforeprint', enter);
    removeEventListener('afterprint', leave);
    media.removeEventListener('change', onMedia);
    leave();
  };
}

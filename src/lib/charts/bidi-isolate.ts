/**
 * Team names are free text in either language, so an English name can sit on an Arabic page. In a
 * first-strong isolate the name takes its own direction: "Customer Communicatio…" keeps its
 * ellipsis at its end instead of the page's start, and neighbouring text keeps its order.
 */

/** Wraps a text in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

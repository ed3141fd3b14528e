/** The first wait before trying the network again, in milliseconds. */
export const FIRST_RETRY_MS = 1000;
/** The longest wait between two tries, in milliseconds. */
export const LONGEST_RETRY_MS = 30_000;

/**
 * How long to wait before try `attempt` (0 for the first retry): doubling from a second up to
 * thirty, spread between half and all of it so that a room of phones coming back online does not
 * knock all at once.
 */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempt));
  return Math.round(ceiling * (0.5 + random() / 2));
}

/** The window event an island sends after it stores records, so lists on the page read again. */
export const RECORDS_CHANGED = 'ccm:records-changed';

/** Tells the page that stored records changed. */
export function announceRecordsChanged(): void {
  window.dispatchEvent(new CustomEvent(RECORDS_CHANGED));
}

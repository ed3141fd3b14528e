/**
 * Text from a file made safe to print in a terminal: every character that could move the cursor,
 * clear the screen, start a new line or reorder the line (C0 and C1 controls, DEL, line and
 * paragraph separators, bidirectional overrides, isolates and marks) is written as a visible
 * escape such as `\x1b` or `\u202e`, and long values are cut.
 */

/** Characters `JSON.stringify` leaves raw that a terminal would act on or reorder by. */
const HIDDEN_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** Characters a terminal would act on or reorder by instead of showing: those and the C0 controls. */
const HIDDEN = new RegExp(`[\\u0000-\\u001f]|${HIDDEN_IN_JSON.source}`, 'gu');

const SHORT_ESCAPES: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** The visible escape of one hidden character: `\n`, `\x1b` up to U+00FF, `\u202e` beyond. */
function escapeCharacter(character: string): string {
  const short = SHORT_ESCAPES[character];
  if (short) return short;
  const code = character.codePointAt(0) ?? 0;
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The text with every control and bidirectional character written as a visible escape. */
export function escapeControls(text: string): string {
  return text.replace(HIDDEN, escapeCharacter);
}

/** Longest value printed whole in a message, in characters. */
export const MAX_VALUE_CHARS = 80;

/** The text cut to `max` characters with an ellipsis and its full length when it is longer. */
export function cutLong(text: string, max = MAX_VALUE_CHARS): string {
  const characters = [...text];
  return characters.length <= max
    ? text
    : `${characters.slice(0, max).join('')}… (${characters.length} characters)`;
}

/** A value from a file as a terminal line may hold it: cut (its length counted as written), then escaped. */
export function terminalText(text: string, max = MAX_VALUE_CHARS): string {
  return escapeControls(cutLong(text, max));
}

/**
 * JSON for a terminal: the characters `JSON.stringify` leaves raw (DEL, C1 controls,
 * bidirectional marks, line separators) as `\uXXXX` escapes, which read back as the same text.
 */
export function terminalJson(json: string): string {
  return json.replace(
    HIDDEN_IN_JSON,
    (character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Text measured without a browser, so that layouts stay pure and snapshots stay the same on every
 * machine. Widths are estimates per character class (like Plot's `defaultWidth`), on the generous
 * side so that a wrapped label fits in the font the page really uses.
 */

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const COMBINING = /[\u064B-\u065F\u0670\u0300-\u036F]/;
const NARROW = /[\s.,;:'’!|ilIjft()[\]،؛-]/;
const WIDE = /[mwMW@%&]/;
const UPPER = /[A-Z0-9]/;

/** Width of one character in ems (an estimate). */
function classifyChar(char: string): number {
  if (COMBINING.test(char)) return 0;
  if (ARABIC.test(char)) return 0.52;
  if (NARROW.test(char)) return 0.3;
  if (WIDE.test(char)) return 0.85;
  if (UPPER.test(char)) return 0.64;
  return 0.54;
}

// Charts re-wrap every label on each what-if edit: each character is classified once, and each
// label wrapped once per width.
const charWidths = new Map<string, number>();
const wrapped = new Map<string, WrappedText>();
const MAX_WRAPPED = 5000;

function charWidth(char: string): number {
  let width = charWidths.get(char);
  if (width === undefined) {
    width = classifyChar(char);
    charWidths.set(char, width);
  }
  return width;
}

/** The estimated width of a text in pixels at a font size in pixels. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize;
}

/** Shortens a text with an ellipsis until it fits the width. */
export function truncateText(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && estimateTextWidth(`${chars.join('').trimEnd()}…`, fontSize) > maxWidth)
    chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** A label broken into lines; `truncated` when words had to be cut to fit `maxLines`. */
export interface WrappedText {
  lines: string[];
  truncated: boolean;
}

/**
 * Breaks a text into at most `maxLines` lines no wider than `maxWidth`, at spaces; the last line
 * ends with an ellipsis when the text does not fit, and a word longer than a line is cut.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
): WrappedText {
  const key = `${maxWidth}|${fontSize}|${maxLines}|${text}`;
  const known = wrapped.get(key);
  if (known) return { lines: [...known.lines], truncated: known.truncated };
  if (wrapped.size >= MAX_WRAPPED) wrapped.clear();
  const result = wrapFresh(text, maxWidth, fontSize, maxLines);
  wrapped.set(key, result);
  return { lines: [...result.lines], truncated: result.truncated };
}

function wrapFresh(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
): WrappedText {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let index = 0;
  for (; index < words.length; index++) {
    const word = words[index] ?? '';
    const candidate = current ? `${current} ${word}` : word;
    if (estimateTextWidth(candidate, fontSize) <= maxWidth || !current) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && current) {
    lines.push(current);
    current = '';
  }
  const truncated = index < words.length || current !== '';
  const fitted = lines.map((line) => truncateText(line, maxWidth, fontSize));
  const cut = fitted.some((line, i) => line !== lines[i]);
  if (truncated && fitted.length > 0) {
    const last = fitted.length - 1;
    fitted[last] = truncateText(`${lines[last] ?? ''}…`, maxWidth, fontSize);
  }
  return { lines: fitted, truncated: truncated || cut };
}

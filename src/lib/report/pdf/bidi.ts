/**
 * The order a line of mixed Arabic and Latin text is drawn in. jsPDF's own bidi engine gets
 * brackets around Latin words and Western numbers with a per cent sign wrong in an Arabic line
 * ("(CF-1)" loses its closing bracket to the far side, "45%" prints as "%45"), so the report
 * splits each line into runs of one direction with the parts of the Unicode bidi algorithm that
 * such lines need (weak types, paired brackets, neutrals; no explicit embeddings), and hands
 * jsPDF one run at a time: a right-to-left run is shaped and reversed by jsPDF, which it does
 * correctly for a run of one direction.
 */

/** A text direction. */
export type Direction = 'ltr' | 'rtl';

/** A piece of a line in one direction, its characters in reading (logical) order. */
export interface Run {
  text: string;
  dir: Direction;
}

type BidiClass = 'L' | 'R' | 'EN' | 'AN' | 'ET' | 'CS' | 'N';

// Formatting characters: dropped from the drawn text (the font has no glyph for them); the marks
// count as a strong letter of their direction.
const LRM = '\u200e';
const RLM = '\u200f';
const ALM = '\u061c';
const INVISIBLE = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/;

function classify(ch: string): BidiClass {
  const c = ch.codePointAt(0) ?? 0;
  if (ch === LRM) return 'L';
  if (ch === RLM || ch === ALM) return 'R';
  if (c >= 0x30 && c <= 0x39) return 'EN';
  if (c >= 0x6f0 && c <= 0x6f9) return 'EN';
  if ((c >= 0x660 && c <= 0x669) || c === 0x66b || c === 0x66c) return 'AN';
  if ((c >= 0x590 && c <= 0x8ff) || (c >= 0xfb1d && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) {
    return 'R';
  }
  if ('%‰#$€£¥٪+-−'.includes(ch)) return 'ET';
  if (',.:/'.includes(ch) || c === 0xa0) return 'CS';
  if (/\p{L}|\p{M}/u.test(ch)) return 'L';
  return 'N';
}

const OPENING: Record<string, string> = { '(': ')', '[': ']', '{': '}', '«': '»' };

/** The strong direction a resolved type counts as for neutrals and brackets (numbers count as R). */
function strong(type: BidiClass | Direction): Direction | null {
  if (type === 'L' || type === 'ltr') return 'ltr';
  if (type === 'R' || type === 'AN' || type === 'EN' || type === 'rtl') return 'rtl';
  return null;
}

/**
 * A value the page isolated (U+2066–U+2068 … U+2069, see i18n/interpolate.ts) reads as one block
 * in the direction of its first strong letter: its letters, numbers and punctuation all take it.
 */
function isolated(chars: readonly string[], types: BidiClass[]): BidiClass[] {
  const out = [...types];
  for (let i = 0; i < chars.length; i++) {
    if (!'\u2066\u2067\u2068'.includes(chars[i]!)) continue;
    let end = chars.indexOf('\u2069', i + 1);
    if (end < 0) end = chars.length;
    const inner = out.slice(i + 1, end);
    const first = inner.find((type) => type === 'L' || type === 'R');
    const dir: BidiClass | null =
      chars[i] === '\u2066' ? 'L' : chars[i] === '\u2067' ? 'R' : (first ?? null);
    if (dir === 'L') for (let k = i + 1; k < end; k++) out[k] = 'L';
    i = end;
  }
  return out;
}

/** Weak types resolved as rules W2–W7 do for a paragraph without embeddings. */
function resolveWeak(types: BidiClass[], base: Direction): BidiClass[] {
  const out = [...types];
  // W2 and W7: a European number after Arabic letters is an Arabic number; after Latin, a letter.
  let last: Direction = base;
  for (let i = 0; i < out.length; i++) {
    const type = out[i];
    if (type === 'L') last = 'ltr';
    else if (type === 'R') last = 'rtl';
    else if (type === 'EN') out[i] = last === 'ltr' ? 'L' : 'EN';
  }
  // W4: a separator between two numbers of one kind joins them.
  for (let i = 1; i < out.length - 1; i++) {
    const before = out[i - 1];
    if (out[i] === 'CS' && before === out[i + 1] && (before === 'EN' || before === 'AN')) {
      out[i] = before;
    }
    if (types[i] === 'CS' && before === 'L' && out[i + 1] === 'L' && types[i + 1] === 'EN') {
      out[i] = 'L';
    }
  }
  // W5: terminators (%, currency signs) beside a European number take its type.
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== 'ET') continue;
    let j = i;
    while (j < out.length && out[j] === 'ET') j++;
    const number = (k: number) => out[k] === 'EN' || (out[k] === 'L' && types[k] === 'EN');
    const kind = number(i - 1) ? out[i - 1] : number(j) ? out[j] : null;
    if (kind) for (let k = i; k < j; k++) out[k] = kind;
    i = j - 1;
  }
  return out.map((type) => (type === 'ET' || type === 'CS' ? 'N' : type));
}

/** Paired brackets (rule N0): a pair takes the direction of what it encloses and its context. */
function resolveBrackets(chars: string[], types: BidiClass[], base: Direction): void {
  const stack: { close: string; at: number }[] = [];
  const pairs: [number, number][] = [];
  chars.forEach((ch, i) => {
    if (types[i] !== 'N') return;
    const close = OPENING[ch];
    if (close) stack.push({ close, at: i });
    else {
      const open = stack.findLastIndex((entry) => entry.close === ch);
      if (open >= 0) {
        pairs.push([stack[open]!.at, i]);
        stack.length = open;
      }
    }
  });
  pairs.sort((a, b) => a[0] - b[0]);
  for (const [open, close] of pairs) {
    const inside = types.slice(open + 1, close).map(strong);
    let dir: Direction | null = null;
    if (inside.includes(base)) dir = base;
    else if (inside.some((d) => d !== null)) {
      const opposite: Direction = base === 'rtl' ? 'ltr' : 'rtl';
      let before: Direction = base;
      for (let k = open - 1; k >= 0; k--) {
        const d = strong(types[k]!);
        if (d) {
          before = d;
          break;
        }
      }
      dir = before === opposite ? opposite : base;
    }
    if (dir) types[open] = types[close] = dir === 'ltr' ? 'L' : 'R';
  }
}

/** Every character's direction after rules N1 and N2 (neutrals between like strongs take them). */
function resolveNeutrals(types: BidiClass[], base: Direction): Direction[] {
  const dirs: (Direction | null)[] = types.map((type) => (type === 'L' ? 'ltr' : strong(type)));
  for (let i = 0; i < dirs.length; i++) {
    if (dirs[i] !== null) continue;
    let j = i;
    while (j < dirs.length && dirs[j] === null) j++;
    const before = i === 0 ? base : strong(types[i - 1]!)!;
    const after = j === dirs.length ? base : strong(types[j]!)!;
    const dir = before === after ? before : base;
    for (let k = i; k < j; k++) dirs[k] = dir;
    i = j - 1;
  }
  // Numbers read left to right whatever surrounds them; in an Arabic line a Western number is a
  // run of its own, and Arabic-Indic digits stay inside the Arabic run (jsPDF orders them).
  return dirs.map((dir, i) => (types[i] === 'EN' ? 'ltr' : dir!));
}

/**
 * The runs of a line in the order they are drawn from left to right, each run's text in logical
 * order; `base` is the paragraph's direction (the page language's).
 */
export function visualRuns(text: string, base: Direction): Run[] {
  const chars = [...text];
  const types = resolveWeak(isolated(chars, chars.map(classify)), base);
  resolveBrackets(chars, types, base);
  const dirs = resolveNeutrals(types, base);
  const runs: Run[] = [];
  chars.forEach((ch, i) => {
    const dir = dirs[i]!;
    const visible = INVISIBLE.test(ch) ? '' : ch;
    const last = runs.at(-1);
    if (last && last.dir === dir) last.text += visible;
    else runs.push({ text: visible, dir });
  });
  const drawn = runs.filter((run) => run.text !== '');
  return base === 'rtl' ? drawn.reverse() : drawn;
}

/** The text without the invisible marks that steer the page's bidi (the PDF font has no glyph for them). */
export function withoutMarks(text: string): string {
  return [...text].filter((ch) => !INVISIBLE.test(ch)).join('');
}

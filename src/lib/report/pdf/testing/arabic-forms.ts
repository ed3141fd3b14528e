/**
 * Checks that Arabic text read back out of a PDF was drawn joined: a PDF that draws Arabic
 * correctly uses the presentation forms (initial, medial, final, isolated) each letter takes
 * from its neighbours. Text drawn unshaped comes out as the plain letters, and text shaped in
 * the wrong order comes out with forms that do not fit their place in the word. Independent of
 * jsPDF: the forms are worked out here from Unicode's own tables (NFKC and the order of the
 * Arabic Presentation Forms-B block).
 */

type Form = 'isolated' | 'final' | 'initial' | 'medial';

interface Glyph {
  /** The letters the glyph stands for (two for a lam-alef ligature). */
  letters: string;
  form: Form;
}

const FORM_ORDER: readonly Form[] = ['isolated', 'final', 'initial', 'medial'];

/** Presentation form → its letters and form; letter → how many forms it has (4 joins both ways, 2 only to the right). */
function buildTables(): { glyphs: Map<string, Glyph>; forms: Map<string, number> } {
  const glyphs = new Map<string, Glyph>();
  const forms = new Map<string, number>();
  let group: string[] = [];
  let letters = '';
  const flush = () => {
    group.forEach((ch, i) => glyphs.set(ch, { letters, form: FORM_ORDER[i] ?? 'isolated' }));
    if (letters.length === 1) forms.set(letters, group.length);
    group = [];
  };
  for (let code = 0xfe80; code <= 0xfefc; code++) {
    const ch = String.fromCodePoint(code);
    const base = ch.normalize('NFKC');
    if (base !== letters) {
      flush();
      letters = base;
    }
    group.push(ch);
  }
  flush();
  return { glyphs, forms };
}

const { glyphs: GLYPHS, forms: FORMS } = buildTables();

/** True for a character from the Arabic Presentation Forms-B letters. */
export function isPresentationForm(ch: string): boolean {
  return GLYPHS.has(ch);
}

/** True for a plain (unshaped) Arabic letter, which a correctly drawn PDF never contains. */
export function isPlainArabicLetter(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x621 && code <= 0x64a && code !== 0x640;
}

const TATWEEL = '\u0640';
const joinsForward = (letter: string) => letter === TATWEEL || FORMS.get(letter) === 4;
const joinsBack = (letter: string) => letter === TATWEEL || (FORMS.get(letter) ?? 0) >= 2;

/**
 * The problems with one word as read back (in reading order): a plain letter, or a form that
 * does not fit its neighbours. An empty list means the word is drawn joined as it should be.
 */
export function joiningProblems(word: string): string[] {
  const chars = [...word].filter((ch) => !/\p{M}/u.test(ch));
  const problems: string[] = [];
  const glyphs = chars.map((ch) => {
    if (isPlainArabicLetter(ch)) problems.push(`unshaped letter ${ch} in ${word}`);
    return ch === TATWEEL ? { letters: TATWEEL, form: 'medial' as Form } : GLYPHS.get(ch);
  });
  glyphs.forEach((glyph, i) => {
    if (!glyph || glyph.letters === TATWEEL) return;
    const before = glyphs[i - 1];
    const after = glyphs[i + 1];
    const first = glyph.letters[0] ?? '';
    const last = glyph.letters.at(-1) ?? '';
    const back = !!before && joinsForward(before.letters.at(-1) ?? '') && joinsBack(first);
    const forward = !!after && joinsForward(last) && joinsBack(after.letters[0] ?? '');
    const expected: Form = back ? (forward ? 'medial' : 'final') : forward ? 'initial' : 'isolated';
    if (glyph.form !== expected) {
      problems.push(
        `${glyph.letters} is ${glyph.form}, should be ${expected} in ${word.normalize('NFKC')}`,
      );
    }
  });
  return problems;
}

/** The joining problems of every Arabic word in a text read back from a PDF. */
export function textJoiningProblems(text: string): string[] {
  const words = text.match(/\p{Script=Arabic}+/gu) ?? [];
  return words.flatMap(joiningProblems);
}

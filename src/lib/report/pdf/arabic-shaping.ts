/**
 * Arabic letters in the forms they take from their neighbours (isolated, final, initial,
 * medial; lam-alef as one ligature), as characters of the Arabic Presentation Forms-B block. A
 * PDF font has no shaping engine, so the report draws these forms; jsPDF's own shaper joins a
 * letter to a following hamza and breaks words at diacritics, so the report shapes by itself.
 * The forms are read from Unicode (each presentation form's NFKC is its letter, and the block
 * lists a letter's forms in the order isolated, final, initial, medial), not typed in.
 */

/** The four positions a letter can take in a word. */
export type Form = 'isolated' | 'final' | 'initial' | 'medial';

const ORDER: readonly Form[] = ['isolated', 'final', 'initial', 'medial'];

/** Letter (or lam + alef) → its presentation forms, in the block's order. */
export function presentationForms(): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (let code = 0xfe80; code <= 0xfefc; code++) {
    const ch = String.fromCodePoint(code);
    const letters = ch.normalize('NFKC');
    forms.set(letters, [...(forms.get(letters) ?? []), ch]);
  }
  return forms;
}

const FORMS = presentationForms();
const TATWEEL = '\u0640';
// Diacritics (harakat, shadda, sukun, superscript alef): a PDF without mark positioning would set
// them beside, not above, their letter, so the report leaves them out, as most print does.
const DIACRITICS = /[\u064b-\u065f\u0670]/g;

/** True when a letter joins the letter after it (it has initial and medial forms, or is tatweel). */
function joinsForward(ch: string | undefined): boolean {
  return ch === TATWEEL || (ch !== undefined && (FORMS.get(ch)?.length ?? 0) === 4);
}

/** True when a letter joins the letter before it (it has a final form, or is tatweel). */
function joinsBack(ch: string | undefined): boolean {
  return ch === TATWEEL || (ch !== undefined && (FORMS.get(ch)?.length ?? 0) >= 2);
}

function formOf(back: boolean, forward: boolean): Form {
  if (back) return forward ? 'medial' : 'final';
  return forward ? 'initial' : 'isolated';
}

/** Arabic text in logical order with every letter in its joining form and the diacritics left out. */
export function shapeArabic(text: string): string {
  const chars = [...text.replace(DIACRITICS, '')];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const before = chars[i - 1];
    const next = chars[i + 1];
    const ligature = ch === 'ل' && next !== undefined ? FORMS.get(ch + next) : undefined;
    if (ligature) {
      const back = joinsForward(before) && joinsBack(ch);
      out += ligature[back ? 1 : 0];
      i++;
      continue;
    }
    const forms = FORMS.get(ch);
    if (!forms || ch.length !== 1) {
      out += ch;
      continue;
    }
    const back = joinsForward(before) && joinsBack(ch);
    const forward = joinsForward(ch) && joinsBack(next);
    out += forms[ORDER.indexOf(formOf(back, forward))] ?? forms[0];
  }
  return out;
}

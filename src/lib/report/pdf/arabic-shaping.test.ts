import { describe, expect, it } from 'vitest';
import { shapeArabic } from './arabic-shaping';
import { joiningProblems } from './testing/arabic-forms';

const names = (text: string) => [...text].map((ch) => ch.normalize('NFKC')).join('');

describe('shapeArabic', () => {
  it('joins the letters of a word and keeps their order', () => {
    const shaped = shapeArabic('الوظيفة الرقابية');
    expect(names(shaped)).toBe('الوظيفة الرقابية');
    expect(shaped.split(' ').flatMap(joiningProblems)).toEqual([]);
  });

  it('does not join a letter to a hamza that follows it (jsPDF does)', () => {
    // شيء: yeh is final, not initial: a word-final hamza never joins.
    expect(shapeArabic('شيء')).toBe('\ufeb7\ufef2\ufe80');
  });

  it('drops diacritics rather than letting them break a word apart', () => {
    expect(names(shapeArabic('المُجاب'))).toBe('المجاب');
    expect(joiningProblems(shapeArabic('المُجاب'))).toEqual([]);
  });

  it('draws lam-alef as one ligature, joined to the letter before it', () => {
    expect(shapeArabic('لا')).toBe('\ufefb');
    expect(shapeArabic('بلا')).toBe('\ufe91\ufefc');
  });

  it('leaves Latin text, digits and punctuation alone', () => {
    expect(shapeArabic('CF-1 (45%) ٤٥')).toBe('CF-1 (45%) ٤٥');
  });
});

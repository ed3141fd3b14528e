import { describe, expect, it } from 'vitest';
import { joiningProblems, textJoiningProblems } from './arabic-forms';

describe('joiningProblems', () => {
  it('accepts a word drawn with the forms its letters take from their neighbours', () => {
    // بيت: beh initial, yeh medial, teh final.
    expect(joiningProblems('\ufe91\ufef4\ufe96')).toEqual([]);
    // دار: dal isolated (it never joins forward), alef isolated, reh isolated.
    expect(joiningProblems('\ufea9\ufe8d\ufead')).toEqual([]);
    // لا as the lam-alef ligature, and بلا with it joined to the beh.
    expect(joiningProblems('\ufefb')).toEqual([]);
    expect(joiningProblems('\ufe91\ufefc')).toEqual([]);
  });

  it('rejects plain, unshaped letters', () => {
    expect(joiningProblems('بيت')).toHaveLength(3);
  });

  it('rejects letters each drawn alone, and forms shaped in the reverse order', () => {
    expect(joiningProblems('\ufe8f\ufef1\ufe95')).toHaveLength(3);
    expect(joiningProblems('\ufe92\ufef4\ufe95'.split('').reverse().join(''))).not.toEqual([]);
  });

  it('checks every Arabic word of a text and leaves Latin alone', () => {
    expect(textJoiningProblems('Owner: \ufe91\ufef4\ufe96 (CF)')).toEqual([]);
    expect(textJoiningProblems('Owner: بيت')).not.toEqual([]);
  });
});

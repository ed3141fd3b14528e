import { describe, expect, it } from 'vitest';
import { heldLetters, toggleLetter } from './toggle-letter';

describe('editing a matrix cell', () => {
  it('starts from the answer as given, in R A C I order', () => {
    expect(heldLetters({ marketing: 'AR' }, 'marketing', [])).toEqual(['R', 'A']);
    expect(heldLetters({ marketing: 'AR' }, 'it', ['C'])).toEqual([]);
  });

  it('starts from the letters shown when there is no answer of letters', () => {
    expect(heldLetters(undefined, 'it', ['C'])).toEqual(['C']);
    expect(heldLetters('unknown', 'it', [])).toEqual([]);
  });

  it('switches one letter on or off and keeps the others', () => {
    expect(toggleLetter(['R'], 'A')).toEqual(['R', 'A']);
    expect(toggleLetter(['R', 'A'], 'R')).toEqual(['A']);
    expect(toggleLetter([], 'I')).toEqual(['I']);
  });
});

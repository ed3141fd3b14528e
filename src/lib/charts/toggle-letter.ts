/**
 * Editing a cell of the RACI matrix: the letters an edit starts from, and one letter switched.
 */
import type { RaciAnswer } from '../../domain/schemas/assessment';
import { answerLetters, RACI_LETTERS, type RaciLetter } from './raci-matrix-layout';

/**
 * The letters a team holds in an answer as given; without an answer of letters (unanswered or
 * "don't know") the letters shown, which may come from a workshop's responses.
 */
export function heldLetters(
  answer: RaciAnswer | undefined,
  team: string,
  shown: readonly RaciLetter[],
): RaciLetter[] {
  if (answer === undefined || answer === 'unknown') return [...shown];
  return answerLetters(answer, team);
}

/** The letters with one switched on or off, in R A C I order. */
export function toggleLetter(held: readonly RaciLetter[], letter: RaciLetter): RaciLetter[] {
  return RACI_LETTERS.filter((l) => (l === letter ? !held.includes(l) : held.includes(l)));
}

import type { Choices, Problem } from '../domain/schemas/problems';
import type { Lang } from '../i18n';
import { isolate, pieces, type Piece } from '../i18n/interpolate';
import type { Translate } from './i18n-client';

/** One allowed value in the reader's language: its label when the strings have one, else quoted. */
function choiceText(t: Translate, lang: Lang, labels: string | undefined, value: string): string {
  const key = `${labels}.${value}`;
  const label = labels === undefined ? key : t(key);
  if (label !== key) return label;
  return lang === 'ar' ? `«${isolate(lang, value)}»` : `“${value}”`;
}

/** The allowed values in the reader's language, each isolated on its own. */
function allowedText(t: Translate, lang: Lang, choices: Choices): string {
  return choices.values
    .map((value) => choiceText(t, lang, choices.labels, value))
    .join(lang === 'ar' ? '، ' : ', ');
}

/** Values that are already text in the reader's language, isolated piece by piece where needed. */
const WORDED = new Set(['path', 'pattern', 'allowed']);

/**
 * A problem in the reader's language ("period: expected a quarter written YYYY-Qn, such as
 * 2026-Q4; found “2026-Q5”."), in pieces: the path is marked (`placeholder: 'path'`) for the page
 * to set in its own `<bdi>`; the pattern and the allowed values are worded in the reader's
 * language; the other values are isolated as `isolate()` says.
 */
export function describeProblem(t: Translate, lang: Lang, problem: Problem): Piece[] {
  const given = problem.params ?? {};
  const params: Record<string, string | number> = {
    ...given,
    path: problem.path || t('problem.document'),
  };
  if (typeof given['pattern'] === 'string')
    params['pattern'] = t(`problem.pattern.${given['pattern']}`, given);
  if (problem.choices) params['allowed'] = allowedText(t, lang, problem.choices);
  return pieces(t(`problem.${problem.code}`), params).map((piece) =>
    piece.placeholder === undefined || WORDED.has(piece.placeholder)
      ? piece
      : { ...piece, text: isolate(lang, piece.text) },
  );
}

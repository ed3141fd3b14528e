import type { Problem } from '../domain/schemas/problems';
import type { Lang } from '../i18n';
import { isolate, pieces, type Piece } from '../i18n/interpolate';
import type { Translate } from './i18n-client';

/** A value as the schema checker quotes it (`"piracy"`), without its programming quotes. */
function unquoted(value: string | number): string | number {
  return typeof value === 'string' ? value.replace(/^"(.*)"$/s, '$1') : value;
}

/** A list of allowed values as the checker brackets it (`("a" | "b")`), without the brackets. */
function unbracketed(value: string | number): string | number {
  return typeof value === 'string' ? value.replace(/^\((.*)\)$/s, '$1') : value;
}

/** The problem's values as a reader should see them: the strings quote and bracket them. */
function readableParams(problem: Problem): Record<string, string | number> {
  const params = { ...problem.params };
  if (params.received !== undefined) params.received = unquoted(params.received);
  if (params.expected !== undefined) params.expected = unbracketed(params.expected);
  return params;
}

/**
 * A problem in the reader's language ("organisation.sector: this value is not allowed."), in
 * pieces: the path is marked (`placeholder: 'path'`) for the page to set in its own `<bdi>`, and
 * the other values are isolated as `isolate()` says.
 */
export function describeProblem(t: Translate, lang: Lang, problem: Problem): Piece[] {
  const params = { ...readableParams(problem), path: problem.path || t('problem.document') };
  return pieces(t(`problem.${problem.code}`), params).map((piece) =>
    piece.placeholder === undefined || piece.placeholder === 'path'
      ? piece
      : { ...piece, text: isolate(lang, piece.text) },
  );
}

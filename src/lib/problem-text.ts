import type { Problem } from '../domain/schemas/problems';
import type { Translate } from './i18n-client';

/** A problem in the reader's language: "organisation.sector: this value is not allowed." */
export function describeProblem(t: Translate, problem: Problem): string {
  return t(`problem.${problem.code}`, {
    ...problem.params,
    path: problem.path || t('problem.document'),
  });
}

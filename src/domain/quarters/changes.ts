import type { Assessment, RaciAnswer } from '../schemas/assessment';

/** What changed between two assessments' answers: maturity questions and RACI cells. */
export interface AnswerChanges {
  /** Questions whose answer differs (given, changed or cleared). */
  questions: string[];
  /** RACI cells whose letters differ; `team` is null when a whole row is or was "don't know". */
  raci: { activity: string; team: string | null }[];
}

function raciCells(
  activity: string,
  before: RaciAnswer | undefined,
  after: RaciAnswer | undefined,
): AnswerChanges['raci'] {
  if (before === after) return [];
  if (before === 'unknown' || after === 'unknown') return [{ activity, team: null }];
  const teams = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  const unanswered = before === undefined || after === undefined;
  const changed = teams.filter((team) => before?.[team] !== after?.[team]);
  // Answering "no one" where there was no answer (or the reverse) changes the row, not a cell.
  if (unanswered && changed.length === 0) return [{ activity, team: null }];
  return changed.map((team) => ({ activity, team }));
}

/** The answers that differ from `before` to `after`, in the order of their ids (teams too). */
export function findAnswerChanges(before: Assessment, after: Assessment): AnswerChanges {
  const ids = (a: object, b: object): string[] =>
    [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return {
    questions: ids(before.maturity, after.maturity).filter(
      (id) => before.maturity[id] !== after.maturity[id],
    ),
    raci: ids(before.raci, after.raci).flatMap((id) =>
      raciCells(id, before.raci[id], after.raci[id]),
    ),
  };
}

/** How many answers (questions and RACI cells) differ from `before` to `after`. */
export function countAnswerChanges(before: Assessment, after: Assessment): number {
  const changes = findAnswerChanges(before, after);
  return changes.questions.length + changes.raci.length;
}

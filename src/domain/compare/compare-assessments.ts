/**
 * compareAssessments(model, older, newer): what changed from one quarter to a later one, the JSON
 * that `npm run analyse -- --compare older.json newer.json` prints. Both assessments go through
 * `analyse()`, the one computation, and the comparison reads the two analyses:
 * - `changedAnswers`: the maturity answers the analyses used (the agreed answer, else the
 *   workshop median, which may be a fraction), as a level, "unknown" for don't know, or null when
 *   unanswered or out of scope; in model order. Questions only the newer one was asked (a newer
 *   model version) are listed in `newQuestions` instead; those only the older one was asked are
 *   left out too.
 * - `changedRaci`: one entry per team and activity whose cell differs: the team's letters in
 *   R, A, C, I order as the analysis resolved them ("" for no letter, "no one" included),
 *   "unknown" for don't know, null when unanswered or out of scope. Teams of either assessment,
 *   the newer one's first; activities in model order.
 * - `flagsGained` / `flagsLost`: flags the newer analysis raises that the older one did not, and
 *   the reverse.
 * - `figures`: every number of `lifecycle`, changed or not, `{ from, to }`.
 * - `projection`: see compare-projection.ts (tolerance 0.25; straight line between phase ends).
 */
import { analyse } from '../analyse';
import type { Assessment } from '../schemas/assessment';
import type { Model } from '../schemas/model';
import {
  findChangedAnswers,
  findNewQuestions,
  readAnswers,
  type AnswerChange,
} from './changed-answers';
import { findFlagsGained, type ActivityFlag } from './changed-flags';
import { findChangedRaci, type RaciChange } from './changed-raci';
import { compareFigures, type ComparedFigure, type FigureChange } from './compare-figures';
import { compareProjection, monthsBetween, type DimensionProjection } from './compare-projection';

/** What changed between two assessments of one organisation, the older first. */
export interface Comparison {
  changedAnswers: AnswerChange[];
  changedRaci: RaciChange[];
  flagsGained: ActivityFlag[];
  flagsLost: ActivityFlag[];
  figures: Record<ComparedFigure, FigureChange>;
  projection: Record<string, DimensionProjection>;
  /** Questions the newer assessment's model version asks that the older one's did not, in model order. */
  newQuestions: string[];
}

/** The team ids of both assessments, the newer one's first, each once. */
function joinTeams(older: Assessment, newer: Assessment): string[] {
  return [...new Set([...newer.teams, ...older.teams].map((t) => t.id))];
}

/** Compares an older assessment with a newer one through their analyses. */
export function compareAssessments(model: Model, older: Assessment, newer: Assessment): Comparison {
  const before = analyse(model, older);
  const after = analyse(model, newer);
  const activityIds = model.activities.map((a) => a.id);
  const newQuestions = findNewQuestions(model, older.migratedFrom, newer.migratedFrom);
  // Compared on the questions both were asked: also when the newer one used the older model.
  const notShared = [
    ...newQuestions,
    ...findNewQuestions(model, newer.migratedFrom, older.migratedFrom),
  ];
  return {
    changedAnswers: findChangedAnswers(
      model,
      readAnswers(before.dimensions),
      readAnswers(after.dimensions),
      notShared,
    ),
    changedRaci: findChangedRaci(
      activityIds,
      joinTeams(older, newer),
      before.activities,
      after.activities,
    ),
    flagsGained: findFlagsGained(activityIds, before.activities, after.activities),
    flagsLost: findFlagsGained(activityIds, after.activities, before.activities),
    figures: compareFigures(before.lifecycle, after.lifecycle),
    projection: compareProjection(
      model,
      before,
      { dimensions: after.dimensions, tracking: newer.roadmap },
      monthsBetween(older.period, newer.period),
    ),
    newQuestions,
  };
}

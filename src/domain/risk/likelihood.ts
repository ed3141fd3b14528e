import type { ActivityResult, DimensionResult } from '../analysis';
import type { FlagId } from '../schemas/flag';
import { capRating, MAX_RATING, type DimensionScore, type RiskFactor } from './factors';

/** What the heatmap needs of a dimension result. */
export type DimensionState = Pick<DimensionResult, 'score' | 'confidence' | 'inScope'>;
/** What the heatmap needs of an activity result. */
export type ActivityState = Pick<ActivityResult, 'flags' | 'status'>;

/** Flags that each raise a stage's likelihood by one when any of its activities carries them. */
export const LIKELIHOOD_FLAGS = [
  'orphaned',
  'contested',
  'reactive-control',
  'perception-gap',
] as const satisfies readonly FlagId[];

/** The maturity level assumed for a stage none of whose dimensions has a score. */
export const UNKNOWN_MATURITY_LEVEL = 2;

/** A stage's maturity: the mean of its in-scope mapped dimensions that have a score. */
export interface StageMaturity {
  maturity: number | null;
  scored: DimensionScore[];
  /** In-scope mapped dimensions without a score (a dimension the analysis lacks counts as one). */
  unknown: string[];
}

/** Works out a stage's maturity from the dimensions mapped to it; out-of-scope dimensions are left out. */
export function measureStageMaturity(
  mapped: readonly string[],
  dimensions: Readonly<Record<string, DimensionState>>,
): StageMaturity {
  const scored: DimensionScore[] = [];
  const unknown: string[] = [];
  for (const id of mapped) {
    const d = dimensions[id];
    if (d && !d.inScope) continue;
    if (d?.score == null) unknown.push(id);
    else scored.push({ dimension: id, score: d.score });
  }
  const maturity =
    scored.length === 0 ? null : scored.reduce((s, d) => s + d.score, 0) / scored.length;
  return { maturity, scored, unknown };
}

/**
 * How far from a rounding boundary (a half) 6 − maturity must be for rounding it to 9 places first
 * to make no difference: far beyond the 5e-10 that rounding moves it and the float error of adding
 * 0.5 to a number below a million.
 */
const CLEAR_OF_HALF = 1e-8;
const FAST_RANGE = 1e6;

/** Likelihood from maturity alone: 6 − maturity, rounded half up, kept within 1–5. */
export function likelihoodFromMaturity(maturity: number): number {
  // Rounded to 9 places first so that a mean such as 2.4999999999 rounds like 2.5 would. Only a
  // value within CLEAR_OF_HALF of a half needs that (slow) string round trip; elsewhere plain
  // rounding gives the same number. NaN and huge values fail the tests and take the slow path.
  const x = 6 - maturity;
  const near = Math.floor(x + 0.5);
  const gap = x + 0.5 - near;
  const raw =
    gap > CLEAR_OF_HALF && gap < 1 - CLEAR_OF_HALF && x > -FAST_RANGE && x < FAST_RANGE
      ? near
      : Math.floor(Number(x.toFixed(9)) + 0.5);
  return Math.min(MAX_RATING, Math.max(1, raw));
}

/** One activity of the stage, with its id and flags. */
export interface StageActivity {
  id: string;
  flags: readonly FlagId[];
}

/**
 * Rates a stage's likelihood: from its maturity (unknown counts as level 2), plus one for each of
 * orphaned, contested, reactive control and perception gap found in its activities, capped at 5.
 */
export function rateLikelihood(
  stage: string,
  maturity: StageMaturity,
  activities: readonly StageActivity[],
): { likelihood: number; factors: RiskFactor[] } {
  const factors: RiskFactor[] = [];
  if (maturity.maturity === null) {
    const points = likelihoodFromMaturity(UNKNOWN_MATURITY_LEVEL);
    factors.push({
      kind: 'unknown-maturity',
      part: 'likelihood',
      stage,
      dimensions: maturity.unknown,
      assumedLevel: UNKNOWN_MATURITY_LEVEL,
      points,
    });
  } else {
    const points = likelihoodFromMaturity(maturity.maturity);
    factors.push({
      kind: 'maturity',
      part: 'likelihood',
      maturity: maturity.maturity,
      dimensions: maturity.scored,
      unknownDimensions: maturity.unknown,
      points,
    });
  }
  for (const flag of LIKELIHOOD_FLAGS) {
    const flagged = activities.filter((a) => a.flags.includes(flag)).map((a) => a.id);
    if (flagged.length > 0)
      factors.push({ kind: 'flag', part: 'likelihood', flag, activities: flagged, points: 1 });
  }
  const capped = capRating(
    'likelihood',
    factors.reduce((s, f) => s + f.points, 0),
    factors,
  );
  return { likelihood: capped.value, factors: capped.factors };
}

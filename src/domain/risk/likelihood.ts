import type { ActivityResult, DimensionResult } from '../analysis';
import { FLAG_IDS, type FlagId } from '../schemas/flag';
import type { RiskModel } from '../schemas/model';
import { capRating, MAX_RATING, type DimensionScore, type RiskFactor } from './factors';

/** What the heatmap needs of a dimension result. */
export type DimensionState = Pick<DimensionResult, 'score' | 'confidence' | 'inScope'>;
/** What the heatmap needs of an activity result. */
export type ActivityState = Pick<ActivityResult, 'flags' | 'status'>;

/** How much likelihood one level of maturity is worth: level 1 gives 4, level 5 gives 1. */
export const LIKELIHOOD_PER_LEVEL = 0.75;

/** A stage's maturity: the mean of its in-scope mapped dimensions that have a score. */
export interface StageMaturity {
  /** Null when no in-scope mapped dimension has a score: the stage's likelihood is unknown. */
  maturity: number | null;
  scored: DimensionScore[];
  /** In-scope mapped dimensions without a score (a dimension the analysis lacks counts as one). */
  unknown: string[];
}

/**
 * Works out a stage's maturity from the dimensions mapped to it. Out-of-scope dimensions are left
 * out altogether (never counted as some level); with none scored, the maturity is unknown.
 */
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
 * Likelihood from maturity alone, on a continuous scale: 1 + 0.75 × (5 − maturity), so 4 at
 * level 1 and 1 at level 5, with the maturity kept within 1–5. Never rounded: views round it.
 */
export function likelihoodFromMaturity(maturity: number): number {
  const level = Math.min(MAX_RATING, Math.max(1, maturity));
  return 1 + LIKELIHOOD_PER_LEVEL * (MAX_RATING - level);
}

/** The flags that raise likelihood, in catalogue order, with their weights: none weighs 0. */
export type LikelihoodWeights = readonly (readonly [FlagId, number])[];

/** Reads the flag weights of the model's risk section; a flag it leaves out adds nothing. */
export function readLikelihoodWeights(risk: Pick<RiskModel, 'likelihoodFlags'>): LikelihoodWeights {
  const weights = risk.likelihoodFlags ?? {};
  return FLAG_IDS.flatMap((flag) => {
    const weight = weights[flag] ?? 0;
    return weight > 0 ? [[flag, weight] as const] : [];
  });
}

/**
 * What a flag adds: its weight times the share of the stage's in-scope activities it is on.
 * Written once so that the heatmap and the quick total add exactly the same numbers.
 */
export function flagPoints(weight: number, flagged: number, inScope: number): number {
  return (weight * flagged) / inScope;
}

/** One activity of the stage, with its id, flags and status. */
export interface StageActivity {
  id: string;
  flags: readonly FlagId[];
  status: ActivityState['status'];
}

/** The flag factors of a stage: one per weighted flag found on its in-scope activities. */
function rateFlags(
  activities: readonly StageActivity[],
  weights: LikelihoodWeights,
): Extract<RiskFactor, { kind: 'flag' }>[] {
  const inScope = activities.filter((a) => a.status !== 'out-of-scope');
  const factors: Extract<RiskFactor, { kind: 'flag' }>[] = [];
  for (const [flag, weight] of weights) {
    const flagged = inScope.filter((a) => a.flags.includes(flag)).map((a) => a.id);
    if (flagged.length === 0) continue;
    factors.push({
      kind: 'flag',
      part: 'likelihood',
      flag,
      activities: flagged,
      inScope: inScope.length,
      weight,
      points: flagPoints(weight, flagged.length, inScope.length),
    });
  }
  return factors;
}

/**
 * Rates a stage's likelihood on a continuous scale: the base from its maturity, plus each weighted
 * flag's weight times the share of the stage's in-scope activities it is on, capped at 5. With no
 * known maturity the likelihood is unknown (null): the factors then say why, and which flags the
 * stage carries, but add up to nothing.
 */
export function rateLikelihood(
  stage: string,
  maturity: StageMaturity,
  activities: readonly StageActivity[],
  weights: LikelihoodWeights,
): { likelihood: number | null; factors: RiskFactor[] } {
  const flags = rateFlags(activities, weights);
  if (maturity.maturity === null) {
    const unknown: RiskFactor = {
      kind: 'unknown-maturity',
      part: 'likelihood',
      stage,
      dimensions: maturity.unknown,
      points: 0,
    };
    return { likelihood: null, factors: [unknown, ...flags] };
  }
  const base: RiskFactor = {
    kind: 'maturity',
    part: 'likelihood',
    maturity: maturity.maturity,
    dimensions: maturity.scored,
    unknownDimensions: maturity.unknown,
    points: likelihoodFromMaturity(maturity.maturity),
  };
  const factors = [base, ...flags];
  const capped = capRating(
    'likelihood',
    factors.reduce((s, f) => s + f.points, 0),
    factors,
  );
  return { likelihood: capped.value, factors: capped.factors };
}

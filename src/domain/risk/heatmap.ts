/**
 * The risk heatmap: stages × operational, regulatory, reputational and customer-experience risk.
 * Decisions beyond the spec (each is also stated where it is implemented):
 * - Likelihood is continuous and never rounded here: 1 + 0.75 × (5 − stage maturity), plus for
 *   each flag the model weighs (`risk.likelihoodFlags`) its weight × the share of the stage's
 *   in-scope activities that carry it, capped at 5. Stage maturity = mean of the stage's in-scope
 *   mapped dimensions that have a score; out-of-scope dimensions are left out.
 * - A stage with no in-scope mapped dimension that has a score is unknown: its cells have
 *   `unknown: true`, their impact and drivers, and null likelihood, score and band; they add
 *   nothing to the summed risk. Unknown is not safe: views show it as unknown.
 * - Score = likelihood × impact, continuous (1–25); the band is read from the score at one decimal,
 *   the precision views show it with (see `bandOf`). Views order cells by `rankRisks`.
 * - Top volume bands are 1m-10m and >10m; "five or more channels" counts distinct channels.
 * - An out-of-scope stage keeps its row with `outOfScope: true` and null figures, so a view can
 *   grey it out; it never counts as zero and adds nothing to the summed risk.
 * - `unanswered` (0–1) tells a mostly unanswered cell from a well-answered one; drivers carry
 *   structured fields and an English and Arabic sentence (Western digits: views localise them).
 */
import type { Assessment } from '../schemas/assessment';
import type { FlagId } from '../schemas/flag';
import { RISK_CATEGORIES, type Model, type RiskCategory } from '../schemas/model';
import { bandOf, type RiskBand } from './band';
import { describeRiskFactor, type RiskNames } from './describe-factor';
import type { RiskDriver } from './factors';
import { MAX_RATING, toDriver } from './factors';
import { frameStages, type FramedStage } from './frame-stages';
import {
  flagPoints,
  likelihoodFromMaturity,
  measureStageMaturity,
  rateLikelihood,
  type ActivityState,
  type DimensionState,
  type LikelihoodWeights,
} from './likelihood';

/** A scored heatmap cell; `unanswered` is the share of its inputs nobody could answer yet. */
export interface ScoredCell {
  outOfScope: false;
  unknown: false;
  /** Continuous, 1–5: views round it for display only. */
  likelihood: number;
  impact: number;
  /** likelihood × impact, continuous, 1–25: what cells are ordered by. */
  score: number;
  band: RiskBand;
  /** Likelihood drivers first, then impact drivers; their points add up to the two ratings. */
  drivers: RiskDriver[];
  /**
   * Share 0–1 of the stage's inputs without an answer: each in-scope mapped dimension counts
   * 1 − confidence, each in-scope activity 1 when unanswered or "don't know".
   */
  unanswered: number;
}

/**
 * A cell of a stage whose maturity is unknown (no in-scope mapped dimension has a score): its
 * impact is rated, its likelihood cannot be, so it has no score and no band. Not a safe cell.
 */
export interface UnknownCell {
  outOfScope: false;
  unknown: true;
  likelihood: null;
  impact: number;
  score: null;
  band: null;
  /** Why the likelihood is unknown and the flags the stage carries (adding nothing), then the impact drivers. */
  drivers: RiskDriver[];
  unanswered: number;
}

/** A cell of a stage the assessment left out of scope: never scored, never counted as zero. */
export interface OutOfScopeCell {
  outOfScope: true;
  likelihood: null;
  impact: null;
  score: null;
  band: null;
  drivers: [];
  unanswered: null;
}

/** One cell of the heatmap. */
export type HeatmapCell = ScoredCell | UnknownCell | OutOfScopeCell;
/** The heatmap: every model stage, in lifecycle order, × the four risk categories. */
export type Heatmap = Record<string, Record<RiskCategory, HeatmapCell>>;

/** What the heatmap is computed from: the model, the organisation and the analysis results. */
export interface HeatmapInput {
  model: Pick<Model, 'stages' | 'activities' | 'dimensions' | 'risk' | 'flags'>;
  assessment: Pick<Assessment, 'organisation' | 'outOfScope'>;
  dimensions: Readonly<Record<string, DimensionState>>;
  activities: Readonly<Record<string, ActivityState>>;
}

/** The answers a risk total is taken over: dimension results and activity flags. */
export type RiskState = Pick<HeatmapInput, 'dimensions' | 'activities'>;

/** What stays fixed while the answers vary: the model, the organisation and the scope. */
export type HeatmapSetting = Omit<HeatmapInput, keyof RiskState>;

const OUT_OF_SCOPE: OutOfScopeCell = {
  outOfScope: true,
  likelihood: null,
  impact: null,
  score: null,
  band: null,
  drivers: [],
  unanswered: null,
};

const OUT_OF_SCOPE_ROW: Readonly<Record<RiskCategory, HeatmapCell>> = {
  operational: OUT_OF_SCOPE,
  regulatory: OUT_OF_SCOPE,
  reputational: OUT_OF_SCOPE,
  customer: OUT_OF_SCOPE,
};

function shareUnanswered(
  mapped: readonly string[],
  activityIds: readonly string[],
  state: RiskState,
): number {
  // Each in-scope dimension's gap, then each in-scope activity's, added in that order.
  let sum = 0;
  let count = 0;
  for (const id of mapped) {
    const d = state.dimensions[id];
    if (!(d?.inScope ?? true)) continue;
    sum += 1 - (d?.confidence ?? 0);
    count++;
  }
  for (const id of activityIds) {
    const status = state.activities[id]?.status ?? 'unanswered';
    if (status === 'out-of-scope') continue;
    sum += status === 'answered' ? 0 : 1;
    count++;
  }
  return count === 0 ? 1 : sum / count;
}

/** Scores one in-scope stage's row: likelihood and its explanations once, then each category's cell. */
function drawRow(
  stage: FramedStage,
  state: RiskState,
  weights: LikelihoodWeights,
  names: RiskNames,
): Record<RiskCategory, HeatmapCell> {
  const activities = stage.activities.map((id) => {
    const a = state.activities[id];
    return { id, flags: a?.flags ?? [], status: a?.status ?? 'unanswered' };
  });
  const maturity = measureStageMaturity(stage.mapped, state.dimensions);
  const { likelihood, factors } = rateLikelihood(stage.id, maturity, activities, weights);
  const explained = factors.map((f) => toDriver(f, describeRiskFactor(f, names)));
  const unanswered = shareUnanswered(stage.mapped, stage.activities, state);
  const row = {} as Record<RiskCategory, HeatmapCell>;
  for (const category of RISK_CATEGORIES) {
    const { impact, drivers: impactDrivers } = stage.impacts[category];
    // Every cell gets drivers of its own: copies, never the ones shared by the row or the index.
    const drivers: RiskDriver[] = [];
    for (const d of explained) drivers.push(toDriver(d, d.text));
    for (const d of impactDrivers) drivers.push(toDriver(d, d.text));
    if (likelihood === null) {
      row[category] = {
        outOfScope: false,
        unknown: true,
        likelihood: null,
        impact,
        score: null,
        band: null,
        drivers,
        unanswered,
      };
      continue;
    }
    const score = likelihood * impact;
    row[category] = {
      outOfScope: false,
      unknown: false,
      likelihood,
      impact,
      score,
      band: bandOf(score),
      drivers,
      unanswered,
    };
  }
  return row;
}

/**
 * A drawer of the heatmap for one model, organisation and scope: names, flag weights, each
 * stage's activities and the impacts (with their texts) are worked out once, and each state drawn
 * from them. The roadmap draws a heatmap per phase with one drawer.
 */
export function makeHeatmapDrawer(input: HeatmapSetting): (state: RiskState) => Heatmap {
  const { stages, weights, index } = frameStages(input);
  return (state) => {
    const heatmap: Heatmap = {};
    for (const stage of stages) {
      heatmap[stage.id] = stage.inScope
        ? drawRow(stage, state, weights, index.names)
        : { ...OUT_OF_SCOPE_ROW };
    }
    return heatmap;
  };
}

/**
 * Builds the risk heatmap: for each stage and category, likelihood (from maturity and flags) ×
 * impact (base and organisation profile), its band and the drivers that explain it.
 */
export function buildHeatmap(input: HeatmapInput): Heatmap {
  return makeHeatmapDrawer(input)(input);
}

/** An in-scope stage as the summed score sees it: mapped dimensions, activities, impacts. */
interface TotalledStage {
  mapped: readonly string[];
  activities: readonly string[];
  /** The four categories' impacts, in column order. */
  impacts: readonly number[];
}

/** The mean score of a stage's in-scope scored dimensions, as `measureStageMaturity` gives it. */
function quickMaturity(
  mapped: readonly string[],
  dimensions: RiskState['dimensions'],
): number | null {
  // Summed in the same order from 0 and divided once, so the float is the same.
  let sum = 0;
  let count = 0;
  for (const id of mapped) {
    const d = dimensions[id];
    if ((d && !d.inScope) || d?.score == null) continue;
    sum += d.score;
    count++;
  }
  return count === 0 ? null : sum / count;
}

/** A stage's likelihood as the heatmap rates it, without explanations; null when unknown. */
function quickLikelihood(
  stage: TotalledStage,
  state: RiskState,
  weights: LikelihoodWeights,
  slots: ReadonlyMap<FlagId, number>,
): number | null {
  const maturity = quickMaturity(stage.mapped, state.dimensions);
  if (maturity === null) return null;
  // How many in-scope activities carry each weighted flag, read in one pass over their flags.
  const flagged = weights.map(() => 0);
  let inScope = 0;
  for (const id of stage.activities) {
    const a = state.activities[id];
    if (a?.status === 'out-of-scope') continue;
    inScope++;
    for (const flag of a?.flags ?? []) {
      const slot = slots.get(flag);
      if (slot !== undefined) flagged[slot] = (flagged[slot] ?? 0) + 1;
    }
  }
  // Added in the order the heatmap's factors are, so that the two give the same float.
  let likelihood = likelihoodFromMaturity(maturity);
  weights.forEach(([, weight], slot) => {
    const count = flagged[slot] ?? 0;
    if (count > 0) likelihood += flagPoints(weight, count, inScope);
  });
  return Math.min(MAX_RATING, likelihood);
}

/**
 * A scorer of the heatmap's summed score (the in-scope, known cells) for the given organisation
 * and scope: impacts, flag weights and the stages' activities are worked out once, so that the
 * roadmap can weigh many projected states cheaply. It gives exactly what summing `buildHeatmap`'s
 * scores in lifecycle and column order gives, without building explanations.
 */
export function makeRiskTotal(input: HeatmapSetting): (state: RiskState) => number {
  const { stages, weights } = frameStages(input);
  const totalled: TotalledStage[] = stages
    .filter((stage) => stage.inScope)
    .map((stage) => ({
      mapped: stage.mapped,
      activities: stage.activities,
      impacts: RISK_CATEGORIES.map((category) => stage.impacts[category].impact),
    }));
  // Each weighted flag's place in `weights`: the first, as a search from the start finds it.
  const slots = new Map<FlagId, number>();
  weights.forEach(([flag], slot) => {
    if (!slots.has(flag)) slots.set(flag, slot);
  });
  return (state) => {
    let total = 0;
    for (const stage of totalled) {
      const likelihood = quickLikelihood(stage, state, weights, slots);
      if (likelihood === null) continue;
      for (const impact of stage.impacts) total += likelihood * impact;
    }
    return total;
  };
}

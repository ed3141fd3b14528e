/**
 * The risk heatmap: stages × operational, regulatory, reputational and customer-experience risk.
 * Decisions beyond the spec (each is also stated where it is implemented):
 * - Stage maturity = mean of the stage's in-scope mapped dimensions that have a score; with none,
 *   level 2 is assumed and listed as a driver. Likelihood = 6 − maturity rounded half up, plus one
 *   per flag kind (orphaned, contested, reactive control, perception gap) found in the stage, ≤ 5.
 * - Top volume bands are 1m-10m and >10m; "five or more channels" counts distinct channels.
 * - An out-of-scope stage keeps its row with `outOfScope: true` and null figures, so a view can
 *   grey it out; it never counts as zero and adds nothing to the summed risk.
 * - `unanswered` (0–1) tells an unknown cell from a safe one; drivers carry structured fields and
 *   an English and Arabic sentence (Western digits: views format numbers from the fields).
 */
import type { Assessment } from '../schemas/assessment';
import { RISK_CATEGORIES, type Model, type RiskCategory, type RiskModel } from '../schemas/model';
import { bandOf, type RiskBand } from './band';
import { describeRiskFactor, type RiskNames } from './describe-factor';
import type { RiskDriver } from './factors';
import { MAX_RATING, toDriver } from './factors';
import { indexRiskModel, type RatedImpact, type RiskIndex } from './risk-index';
import {
  LIKELIHOOD_FLAGS,
  likelihoodFromMaturity,
  measureStageMaturity,
  rateLikelihood,
  UNKNOWN_MATURITY_LEVEL,
  type ActivityState,
  type DimensionState,
} from './likelihood';

/** A scored heatmap cell; `unanswered` is the share of its inputs nobody could answer yet. */
export interface ScoredCell {
  outOfScope: false;
  likelihood: number;
  impact: number;
  /** likelihood × impact, 1–25. */
  score: number;
  band: RiskBand;
  /** Likelihood drivers first, then impact drivers; their points add up to the two ratings. */
  drivers: RiskDriver[];
  /**
   * Share 0–1 of the stage's inputs without an answer: each in-scope mapped dimension counts
   * 1 − confidence, each in-scope activity 1 when unanswered or "don't know". A cell at 1 is
   * unknown, not safe.
   */
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
export type HeatmapCell = ScoredCell | OutOfScopeCell;
/** The heatmap: every model stage, in lifecycle order, × the four risk categories. */
export type Heatmap = Record<string, Record<RiskCategory, HeatmapCell>>;

/** What the heatmap is computed from: the model, the organisation and the analysis results. */
export interface HeatmapInput {
  model: Pick<Model, 'stages' | 'activities' | 'dimensions' | 'risk' | 'flags'>;
  assessment: Pick<Assessment, 'organisation' | 'outOfScope'>;
  dimensions: Readonly<Record<string, DimensionState>>;
  activities: Readonly<Record<string, ActivityState>>;
}

const OUT_OF_SCOPE: OutOfScopeCell = {
  outOfScope: true,
  likelihood: null,
  impact: null,
  score: null,
  band: null,
  drivers: [],
  unanswered: null,
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

/** The stages the heatmap scores, in lifecycle order, with the model's risk section. */
function scoredStages(input: HeatmapSetting): {
  risk: RiskModel;
  inScope: (stage: string) => boolean;
} {
  if (!input.model.risk)
    throw new Error('The model has no risk section (data/risk.json): the heatmap needs it');
  const outOfScope = new Set(input.assessment.outOfScope?.stages ?? []);
  return { risk: input.model.risk, inScope: (stage) => !outOfScope.has(stage) };
}

/** A model stage as the heatmap draws it: what does not depend on the answers. */
interface FramedStage {
  id: string;
  inScope: boolean;
  /** The dimensions whose mean is the stage's maturity, in the model's order. */
  mapped: readonly string[];
  /** The ids of the model's activities in the stage, in model order. */
  activities: readonly string[];
  impacts: Readonly<Record<RiskCategory, RatedImpact>>;
}

/** Every model stage, in lifecycle order, framed for the given model, organisation and scope. */
function frameStages(input: HeatmapSetting): { stages: FramedStage[]; index: RiskIndex } {
  const { risk, inScope } = scoredStages(input);
  const index = indexRiskModel(input.model);
  const impacts = index.impactsFor(input.assessment.organisation);
  const stages = input.model.stages.map((stage) => ({
    id: stage.id,
    inScope: inScope(stage.id),
    mapped: risk.stageDimensions[stage.id] ?? [],
    activities: index.activitiesOf(stage.id),
    impacts: impacts.get(stage.id) ?? unreachable(stage.id),
  }));
  return { stages, index };
}

function unreachable(stage: string): never {
  throw new Error(`No impact ratings for stage "${stage}"`);
}

const OUT_OF_SCOPE_ROW: Readonly<Record<RiskCategory, HeatmapCell>> = {
  operational: OUT_OF_SCOPE,
  regulatory: OUT_OF_SCOPE,
  reputational: OUT_OF_SCOPE,
  customer: OUT_OF_SCOPE,
};

/** Scores one in-scope stage's row: likelihood and its explanations once, then each category's cell. */
function drawRow(
  stage: FramedStage,
  state: RiskState,
  names: RiskNames,
): Record<RiskCategory, HeatmapCell> {
  const activities = stage.activities.map((id) => ({
    id,
    flags: state.activities[id]?.flags ?? [],
  }));
  const maturity = measureStageMaturity(stage.mapped, state.dimensions);
  const likelihood = rateLikelihood(stage.id, maturity, activities);
  const explained = likelihood.factors.map((f) => toDriver(f, describeRiskFactor(f, names)));
  const unanswered = shareUnanswered(stage.mapped, stage.activities, state);
  const row = {} as Record<RiskCategory, HeatmapCell>;
  for (const category of RISK_CATEGORIES) {
    const { impact, drivers: impactDrivers } = stage.impacts[category];
    const score = likelihood.likelihood * impact;
    // Every cell gets drivers of its own: copies, never the ones shared by the row or the index.
    const drivers: RiskDriver[] = [];
    for (const d of explained) drivers.push(toDriver(d, d.text));
    for (const d of impactDrivers) drivers.push(toDriver(d, d.text));
    row[category] = {
      outOfScope: false,
      likelihood: likelihood.likelihood,
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
 * A drawer of the heatmap for one model, organisation and scope: names, each stage's activities
 * and the impacts (with their texts) are worked out once, and each state drawn from them. The
 * roadmap draws a heatmap per phase with one drawer.
 */
export function makeHeatmapDrawer(input: HeatmapSetting): (state: RiskState) => Heatmap {
  const { stages, index } = frameStages(input);
  return (state) => {
    const heatmap: Heatmap = {};
    for (const stage of stages) {
      heatmap[stage.id] = stage.inScope
        ? drawRow(stage, state, index.names)
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

/** The answers a risk total is taken over: dimension results and activity flags. */
export type RiskState = Pick<HeatmapInput, 'dimensions' | 'activities'>;

/** What stays fixed while the answers vary: the model, the organisation and the scope. */
export type HeatmapSetting = Omit<HeatmapInput, keyof RiskState>;

/** An in-scope stage as the summed score sees it: mapped dimensions, activities, summed impact. */
export interface RiskStage {
  id: string;
  /** The dimensions whose mean is the stage's maturity, in the model's order. */
  mapped: readonly string[];
  /** The ids of the model's activities in the stage, in model order. */
  activities: readonly string[];
  /** The stage's four impacts added up: its likelihood times this is its share of the total. */
  impact: number;
}

/**
 * The in-scope stages in lifecycle order, with what the summed score needs of each: the parts
 * that do not depend on the answers, worked out once for the model, organisation and scope.
 */
export function listRiskStages(input: HeatmapSetting): RiskStage[] {
  return frameStages(input)
    .stages.filter((stage) => stage.inScope)
    .map((stage) => ({
      id: stage.id,
      mapped: stage.mapped,
      activities: stage.activities,
      impact: RISK_CATEGORIES.reduce((sum, category) => sum + stage.impacts[category].impact, 0),
    }));
}

/**
 * A scorer of the heatmap's summed score for the given organisation and scope: impacts and the
 * stages' activities are worked out once, so that the roadmap can weigh many projected states
 * cheaply. It gives exactly what `buildHeatmap` would sum, without building explanations.
 */
export function makeRiskTotal(input: HeatmapSetting): (state: RiskState) => number {
  const stages = listRiskStages(input);
  return (state) => {
    let total = 0;
    for (const stage of stages) {
      const { maturity } = measureStageMaturity(stage.mapped, state.dimensions);
      let likelihood = likelihoodFromMaturity(maturity ?? UNKNOWN_MATURITY_LEVEL);
      for (const flag of LIKELIHOOD_FLAGS) {
        if (stage.activities.some((id) => state.activities[id]?.flags.includes(flag)))
          likelihood += 1;
      }
      total += Math.min(MAX_RATING, likelihood) * stage.impact;
    }
    return total;
  };
}

import type { Assessment } from '../schemas/assessment';
import { RISK_CATEGORIES, type Model, type RiskCategory } from '../schemas/model';
import { bandOf, type RiskBand } from './band';
import { describeRiskFactor, riskNamesOf } from './describe-factor';
import type { RiskDriver } from './factors';
import { rateImpact } from './impact';
import {
  measureStageMaturity,
  rateLikelihood,
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
  input: HeatmapInput,
): number {
  const dims = mapped.filter((id) => input.dimensions[id]?.inScope ?? true);
  const gaps = dims.map((id) => 1 - (input.dimensions[id]?.confidence ?? 0));
  for (const id of activityIds) {
    const status = input.activities[id]?.status ?? 'unanswered';
    if (status !== 'out-of-scope') gaps.push(status === 'answered' ? 0 : 1);
  }
  return gaps.length === 0 ? 1 : gaps.reduce((s, g) => s + g, 0) / gaps.length;
}

/**
 * Builds the risk heatmap: for each stage and category, likelihood (from maturity and flags) ×
 * impact (base and organisation profile), its band and the drivers that explain it.
 */
export function buildHeatmap(input: HeatmapInput): Heatmap {
  const { model, assessment } = input;
  if (!model.risk)
    throw new Error('The model has no risk section (data/risk.json): the heatmap needs it');
  const risk = model.risk;
  const names = riskNamesOf(model);
  const outOfScope = new Set(assessment.outOfScope?.stages ?? []);
  const heatmap: Heatmap = {};
  for (const stage of model.stages) {
    if (outOfScope.has(stage.id)) {
      heatmap[stage.id] = {
        operational: OUT_OF_SCOPE,
        regulatory: OUT_OF_SCOPE,
        reputational: OUT_OF_SCOPE,
        customer: OUT_OF_SCOPE,
      };
      continue;
    }
    const mapped = risk.stageDimensions[stage.id] ?? [];
    const activities = model.activities
      .filter((a) => a.stage === stage.id)
      .map((a) => ({ id: a.id, flags: input.activities[a.id]?.flags ?? [] }));
    const maturity = measureStageMaturity(mapped, input.dimensions);
    const likelihood = rateLikelihood(stage.id, maturity, activities);
    const unanswered = shareUnanswered(
      mapped,
      activities.map((a) => a.id),
      input,
    );
    const row = {} as Record<RiskCategory, HeatmapCell>;
    for (const category of RISK_CATEGORIES) {
      const impact = rateImpact(
        stage.id,
        category,
        risk.impact[stage.id]?.[category] ?? 1,
        assessment.organisation,
      );
      const score = likelihood.likelihood * impact.impact;
      const drivers = [...likelihood.factors, ...impact.factors].map((f) => ({
        ...f,
        text: describeRiskFactor(f, names),
      }));
      row[category] = {
        outOfScope: false,
        likelihood: likelihood.likelihood,
        impact: impact.impact,
        score,
        band: bandOf(score),
        drivers,
        unanswered,
      };
    }
    heatmap[stage.id] = row;
  }
  return heatmap;
}

/** The sum of the scores of every scored cell: the risk a roadmap action can remove. */
export function totalRisk(heatmap: Heatmap): number {
  let sum = 0;
  for (const row of Object.values(heatmap))
    for (const cell of Object.values(row)) sum += cell.score ?? 0;
  return sum;
}

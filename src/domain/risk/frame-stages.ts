/**
 * What the heatmap works out once per model, organisation and scope, before any answer is read:
 * each model stage's mapped dimensions, activities and impact ratings, and the flag weights.
 */
import type { RiskCategory } from '../schemas/model';
import type { HeatmapSetting } from './heatmap';
import { readLikelihoodWeights, type LikelihoodWeights } from './likelihood';
import { indexRiskModel, type RatedImpact, type RiskIndex } from './risk-index';

/** A model stage as the heatmap draws it: what does not depend on the answers. */
export interface FramedStage {
  id: string;
  inScope: boolean;
  /** The dimensions whose mean is the stage's maturity, in the model's order. */
  mapped: readonly string[];
  /** The ids of the model's activities in the stage, in model order. */
  activities: readonly string[];
  impacts: Readonly<Record<RiskCategory, RatedImpact>>;
}

/** What the heatmap works out once per model, organisation and scope. */
export interface Frame {
  stages: FramedStage[];
  weights: LikelihoodWeights;
  index: RiskIndex;
}

/** Every model stage, in lifecycle order, framed for the given model, organisation and scope. */
export function frameStages(input: HeatmapSetting): Frame {
  const risk = input.model.risk;
  if (!risk)
    throw new Error('The model has no risk section (data/risk.json): the heatmap needs it');
  const outOfScope = new Set(input.assessment.outOfScope?.stages ?? []);
  const index = indexRiskModel(input.model);
  const impacts = index.impactsFor(input.assessment.organisation);
  const stages = input.model.stages.map((stage) => ({
    id: stage.id,
    inScope: !outOfScope.has(stage.id),
    mapped: risk.stageDimensions[stage.id] ?? [],
    activities: index.activitiesOf(stage.id),
    impacts: impacts.get(stage.id) ?? unreachable(stage.id),
  }));
  return { stages, weights: readLikelihoodWeights(risk), index };
}

function unreachable(stage: string): never {
  throw new Error(`No impact ratings for stage "${stage}"`);
}

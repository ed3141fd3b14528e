/**
 * Lookups behind the heatmap that depend on the model alone, worked out once per model object and
 * reused for as long as the parts they read are the same objects: the names the explanations use,
 * each stage's activities, and each stage's impact ratings with their drivers' texts for an
 * organisation profile. Impact depends on the organisation only through its profile (the traits
 * that raise an impact), so ratings are kept by profile value, a few per model: a what-if edit
 * that keeps the organisation's traits finds them ready, and editing the organisation in place
 * cannot return stale ratings.
 */
import type { Organisation } from '../schemas/assessment';
import { RISK_CATEGORIES, type Model, type RiskCategory } from '../schemas/model';
import { describeRiskFactor, riskNamesOf, type RiskNames } from './describe-factor';
import { toDriver, type RiskDriver } from './factors';
import { rateProfiledImpact, readProfile } from './impact';

/** The parts of the model the index reads. */
export type RiskIndexModel = Pick<Model, 'stages' | 'activities' | 'dimensions' | 'risk' | 'flags'>;

/** One category's impact in one stage, with its factors explained: copy them before handing them out. */
export interface RatedImpact {
  impact: number;
  drivers: readonly RiskDriver[];
}

/** Every model stage's impact ratings for one profile: stage id → category → rating. */
export type ImpactTable = ReadonlyMap<string, Readonly<Record<RiskCategory, RatedImpact>>>;

/** What the heatmap looks up in the model. */
export interface RiskIndex {
  names: RiskNames;
  /** The ids of the model's activities in a stage, in model order. */
  activitiesOf(stage: string): readonly string[];
  /** Every model stage's impact ratings for the organisation; the model needs its risk section. */
  impactsFor(organisation: Organisation): ImpactTable;
}

/** How many organisation profiles' impact tables are kept per model. */
export const MAX_PROFILES = 8;

const NO_ACTIVITIES: readonly string[] = [];

function groupActivities(model: RiskIndexModel): Map<string, string[]> {
  const byStage = new Map<string, string[]>();
  for (const activity of model.activities) {
    const ids = byStage.get(activity.stage);
    if (ids) ids.push(activity.id);
    else byStage.set(activity.stage, [activity.id]);
  }
  return byStage;
}

function rateImpacts(
  model: RiskIndexModel,
  names: RiskNames,
  organisation: Organisation,
): ImpactTable {
  const risk = model.risk;
  if (!risk)
    throw new Error('The model has no risk section (data/risk.json): the heatmap needs it');
  const profile = readProfile(organisation);
  const table = new Map<string, Record<RiskCategory, RatedImpact>>();
  for (const stage of model.stages) {
    const row = {} as Record<RiskCategory, RatedImpact>;
    for (const category of RISK_CATEGORIES) {
      const base = risk.impact[stage.id]?.[category] ?? 1;
      const { impact, factors } = rateProfiledImpact(stage.id, category, base, profile);
      row[category] = {
        impact,
        drivers: factors.map((f) => toDriver(f, describeRiskFactor(f, names))),
      };
    }
    table.set(stage.id, row);
  }
  return table;
}

function buildIndex(model: RiskIndexModel): RiskIndex {
  const names = riskNamesOf(model);
  const byStage = groupActivities(model);
  const tables = new Map<string, ImpactTable>();
  return {
    names,
    activitiesOf: (stage) => byStage.get(stage) ?? NO_ACTIVITIES,
    impactsFor(organisation) {
      const key = JSON.stringify(readProfile(organisation));
      let table = tables.get(key);
      if (!table) {
        table = rateImpacts(model, names, organisation);
        if (tables.size >= MAX_PROFILES) {
          const oldest = tables.keys().next();
          if (!oldest.done) tables.delete(oldest.value);
        }
        tables.set(key, table);
      }
      return table;
    },
  };
}

const partsOf = (model: RiskIndexModel): readonly unknown[] => [
  model.stages,
  model.activities,
  model.dimensions,
  model.risk,
  model.flags,
];

const indexes = new WeakMap<object, { parts: readonly unknown[]; index: RiskIndex }>();

/** The model's risk index, built once per model object and rebuilt when one of its parts is replaced. */
export function indexRiskModel(model: RiskIndexModel): RiskIndex {
  const parts = partsOf(model);
  const hit = indexes.get(model);
  if (hit && hit.parts.every((part, i) => part === parts[i])) return hit.index;
  const index = buildIndex(model);
  indexes.set(model, { parts, index });
  return index;
}

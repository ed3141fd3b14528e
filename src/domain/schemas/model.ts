import * as v from 'valibot';
import { LevelSchema, LocalisedTextSchema, SlugSchema } from './common';
import { ConsistencyRulesSchema, type ConsistencyRule } from './consistency';
import { FLAG_IDS, FlagCatalogueSchema } from './flag';
import { SECTORS } from './sector';

/** A lifecycle stage, such as `review`. */
export const StageSchema = v.object({
  id: SlugSchema,
  name: LocalisedTextSchema,
  description: v.optional(LocalisedTextSchema),
});
export type Stage = v.InferOutput<typeof StageSchema>;

/** Dotted ids such as `review.approve` or `review.timing`. */
const DottedIdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'must look like <stage>.<word>'),
);

/** One piece of work in a stage that someone must own. */
export const ActivitySchema = v.object({
  id: DottedIdSchema,
  stage: SlugSchema,
  name: LocalisedTextSchema,
  description: v.optional(LocalisedTextSchema),
  /** The team that naturally does this work: the to-be RACI makes it responsible when nobody is. */
  doer: v.optional(SlugSchema),
  /** A control that must happen before a message is sent: review after sending flags it. */
  preSend: v.optional(v.boolean()),
  /** Work the front line must know about: the contact-centre team holding no letter on it is flagged. */
  frontLine: v.optional(v.boolean()),
});
export type Activity = v.InferOutput<typeof ActivitySchema>;

/** A default team; assessments may rename, add or remove teams. */
export const TeamSchema = v.object({
  id: SlugSchema,
  name: LocalisedTextSchema,
});
export type Team = v.InferOutput<typeof TeamSchema>;

/** A maturity dimension, scored 1–5 from its questions. */
export const DimensionSchema = v.object({
  id: SlugSchema,
  name: LocalisedTextSchema,
  description: v.optional(LocalisedTextSchema),
});
export type Dimension = v.InferOutput<typeof DimensionSchema>;

/** One answer option, describing observable practice at one level. */
export const OptionSchema = v.object({ level: LevelSchema, text: LocalisedTextSchema });
export type Option = v.InferOutput<typeof OptionSchema>;

/** A maturity question with five behaviourally anchored options, levels 1 to 5 in order. */
export const QuestionSchema = v.pipe(
  v.object({
    id: DottedIdSchema,
    dimension: SlugSchema,
    text: LocalisedTextSchema,
    help: v.optional(LocalisedTextSchema),
    options: v.pipe(v.array(OptionSchema), v.length(5, 'needs exactly 5 options')),
    /**
     * The lowest level whose option describes the control function at work: a projection cannot
     * reach it before the roadmap charters the function (or while the function exists today).
     */
    controlFunctionLevel: v.optional(LevelSchema),
  }),
  v.check(
    (q) => q.options.every((o, i) => o.level === i + 1),
    'options must be levels 1, 2, 3, 4, 5 in that order',
  ),
);
export type Question = v.InferOutput<typeof QuestionSchema>;

/** Names of the five maturity levels. */
export const LevelNameSchema = v.object({
  level: LevelSchema,
  name: LocalisedTextSchema,
  summary: LocalisedTextSchema,
});
export type LevelName = v.InferOutput<typeof LevelNameSchema>;

export { SECTORS, type Sector } from './sector';

/** Per-sector dimension weights for the overall score; a dimension left out weighs 1. */
export const SectorWeightsSchema = v.record(
  v.picklist(SECTORS),
  v.record(SlugSchema, v.pipe(v.number(), v.minValue(0))),
);

/** Risk categories of the heatmap. */
export const RISK_CATEGORIES = ['operational', 'regulatory', 'reputational', 'customer'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

const ImpactSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5));

/** Base impact 1–5 per stage and risk category, the dimensions behind each stage, and flag weights. */
export const RiskModelSchema = v.object({
  impact: v.record(
    SlugSchema,
    v.object({
      operational: ImpactSchema,
      regulatory: ImpactSchema,
      reputational: ImpactSchema,
      customer: ImpactSchema,
    }),
  ),
  stageDimensions: v.record(SlugSchema, v.pipe(v.array(SlugSchema), v.minLength(1))),
  /**
   * What each flag adds to a stage's likelihood when it is on every in-scope activity of the stage
   * (it adds this times the share of the activities it is on); a flag left out adds nothing.
   */
  likelihoodFlags: v.optional(v.record(v.picklist(FLAG_IDS), v.pipe(v.number(), v.minValue(0)))),
});
export type RiskModel = v.InferOutput<typeof RiskModelSchema>;

const TargetLevelsSchema = v.record(SlugSchema, LevelSchema);

/**
 * Default target levels per dimension: `default` for everyone, raised by the organisation's sector
 * and by regulation (the highest applicable level wins).
 */
export const TargetsSchema = v.object({
  default: TargetLevelsSchema,
  sectors: v.optional(v.record(v.picklist(SECTORS), TargetLevelsSchema), {}),
  regulated: v.optional(TargetLevelsSchema, {}),
});
export type Targets = v.InferOutput<typeof TargetsSchema>;

/** Effort points each roadmap phase can take. */
export const CapacitySchema = v.object({
  stabilise: v.pipe(v.number(), v.minValue(0)),
  standardise: v.pipe(v.number(), v.minValue(0)),
  centralise: v.pipe(v.number(), v.minValue(0)),
  optimise: v.pipe(v.number(), v.minValue(0)),
});
export type Capacity = v.InferOutput<typeof CapacitySchema>;

/** The capacity of each phase when the model does not set one. */
export const DEFAULT_CAPACITY: Capacity = {
  stabilise: 12,
  standardise: 12,
  centralise: 24,
  optimise: 48,
};

/**
 * The fields a model file may carry. The model may be split across several files in `data/`;
 * each key comes from exactly one file.
 */
export const ModelFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  version: v.optional(v.pipe(v.string(), v.nonEmpty())),
  controlFunction: v.optional(SlugSchema),
  sponsor: v.optional(SlugSchema),
  contactCentre: v.optional(SlugSchema),
  targets: v.optional(TargetsSchema),
  capacity: v.optional(CapacitySchema),
  levels: v.optional(v.pipe(v.array(LevelNameSchema), v.length(5, 'needs exactly 5 levels'))),
  stages: v.optional(v.pipe(v.array(StageSchema), v.minLength(1))),
  activities: v.optional(v.pipe(v.array(ActivitySchema), v.minLength(1))),
  teams: v.optional(v.pipe(v.array(TeamSchema), v.minLength(1))),
  dimensions: v.optional(v.pipe(v.array(DimensionSchema), v.minLength(1))),
  questions: v.optional(v.pipe(v.array(QuestionSchema), v.minLength(1))),
  sectorWeights: v.optional(SectorWeightsSchema),
  risk: v.optional(RiskModelSchema),
  actions: v.optional(v.array(v.looseObject({ id: v.string() }))),
  flags: v.optional(FlagCatalogueSchema),
  consistency: v.optional(ConsistencyRulesSchema),
});
export type ModelFile = v.InferOutput<typeof ModelFileSchema>;

/** Keys every complete model must have. */
export const REQUIRED_MODEL_KEYS = [
  'version',
  'controlFunction',
  'sponsor',
  'contactCentre',
  'targets',
  'levels',
  'stages',
  'activities',
  'teams',
  'dimensions',
  'questions',
  'risk',
  'actions',
  'flags',
] as const;

/** The whole assessment model, as validated from `data/`. */
export interface Model {
  version: string;
  controlFunction: string;
  /** The team that sponsors the programme unless the assessment names another. */
  sponsor: string;
  /** The customer-service team: the front line that must know of the activities marked `frontLine`. */
  contactCentre: string;
  targets: Targets;
  /** Effort points per roadmap phase. */
  capacity: Capacity;
  levels: LevelName[];
  stages: Stage[];
  activities: Activity[];
  teams: Team[];
  dimensions: Dimension[];
  questions: Question[];
  sectorWeights: v.InferOutput<typeof SectorWeightsSchema>;
  risk?: RiskModel;
  /** The roadmap action library; its shape is checked by the roadmap module. */
  actions: { id: string; [key: string]: unknown }[];
  /** Flag texts and severities; checked by the RACI module. */
  flags: Record<string, unknown>;
  /** Answers that cannot all hold (`data/consistency.json`); none when the model has no rules. */
  consistency?: ConsistencyRule[];
}

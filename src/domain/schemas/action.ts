import * as v from 'valibot';
import { CHANNELS, VOLUMES, type Channel, type Volume } from './assessment';
import { LevelSchema, LocalisedTextSchema, SlugSchema } from './common';
import { FLAG_IDS, type FlagId } from './flag';
import { SECTORS, type Sector } from './model';

/** The four roadmap phases, in order, with their horizon in months. */
export const PHASES = ['stabilise', 'standardise', 'centralise', 'optimise'] as const;
/** A roadmap phase id. */
export type PhaseId = (typeof PHASES)[number];

/**
 * When an action applies: profile, flag and score tests combined with `all`, `any` and `not`.
 * An unknown dimension score counts as level 2, as it does in the heatmap.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { always: true }
  | { flag: FlagId; stage?: string | undefined }
  | { dimension: string; below: number }
  | { dimension: string; atLeast: number }
  | { sector: Sector[] }
  | { regulated: boolean }
  | { channelsAtLeast: number }
  | { channel: Channel[] }
  | { volumeAtLeast: Volume }
  | { coverageBelow: number }
  | { languagesAtLeast: number };

const LevelValue = v.pipe(v.number(), v.minValue(1), v.maxValue(5));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** The condition language of the action library. */
export const ConditionSchema: v.GenericSchema<Condition> = v.union([
  v.strictObject({ all: v.pipe(v.array(v.lazy(() => ConditionSchema)), v.minLength(1)) }),
  v.strictObject({ any: v.pipe(v.array(v.lazy(() => ConditionSchema)), v.minLength(1)) }),
  v.strictObject({ not: v.lazy(() => ConditionSchema) }),
  v.strictObject({ always: v.literal(true) }),
  v.strictObject({ flag: v.picklist(FLAG_IDS), stage: v.optional(SlugSchema) }),
  v.strictObject({ dimension: SlugSchema, below: LevelValue }),
  v.strictObject({ dimension: SlugSchema, atLeast: LevelValue }),
  v.strictObject({ sector: v.pipe(v.array(v.picklist(SECTORS)), v.minLength(1)) }),
  v.strictObject({ regulated: v.boolean() }),
  v.strictObject({ channelsAtLeast: Count }),
  v.strictObject({ channel: v.pipe(v.array(v.picklist(CHANNELS)), v.minLength(1)) }),
  v.strictObject({ volumeAtLeast: v.picklist(VOLUMES) }),
  v.strictObject({ coverageBelow: v.pipe(v.number(), v.minValue(0), v.maxValue(1)) }),
  v.strictObject({ languagesAtLeast: Count }),
]);

/** Improvement actions close a gap to a target; sustain actions keep and assure what is reached. */
export const ACTION_KINDS = ['improve', 'sustain'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** One roadmap action of the library in `data/actions.json`. */
export const ActionSchema = v.strictObject({
  id: SlugSchema,
  /** The earliest phase the action belongs to; capacity may move it later, an empty phase earlier. */
  phase: v.picklist(PHASES),
  kind: v.optional(v.picklist(ACTION_KINDS), 'improve'),
  title: LocalisedTextSchema,
  description: LocalisedTextSchema,
  /** The answer to "how will this affect our customers?". */
  customerImpact: LocalisedTextSchema,
  /** Effort points; each phase has a capacity in the same points. */
  effort: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12)),
  /** The team that usually owns the action; replaced when the assessment lacks it. */
  owner: SlugSchema,
  prerequisites: v.optional(v.array(SlugSchema), []),
  /** The questions the action lifts, and the level each reaches once it is done. */
  lifts: v.pipe(
    v.record(v.string(), LevelSchema),
    v.check((lifts) => Object.keys(lifts).length > 0, 'must lift at least one question'),
  ),
  /** The RACI change it makes: flags that leave every activity once it is done. */
  resolves: v.optional(v.array(v.picklist(FLAG_IDS)), []),
  /** The activities it works on: an owner is found among the teams accountable for them. */
  activities: v.optional(v.array(v.string()), []),
  /** Doing it charters the control function. */
  chartersControlFunction: v.optional(v.boolean(), false),
  /** Profile and RACI conditions that must hold for it to apply; by default it always may. */
  when: v.optional(ConditionSchema, { always: true }),
});
/** One roadmap action of the library. */
export type Action = v.InferOutput<typeof ActionSchema>;

import * as v from 'valibot';
import { CHANNELS, VOLUMES, type Channel, type Volume } from './assessment';
import { LocalisedTextSchema, SlugSchema } from './common';
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

/** One roadmap action of the library in `data/actions.json`. */
export const ActionSchema = v.strictObject({
  id: SlugSchema,
  phase: v.picklist(PHASES),
  title: LocalisedTextSchema,
  description: LocalisedTextSchema,
  /** The answer to "how will this affect our customers?". */
  customerImpact: LocalisedTextSchema,
  effort: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  owner: SlugSchema,
  prerequisites: v.optional(v.array(SlugSchema), []),
  /** Maturity levels gained per dimension once the action is done. */
  raises: v.optional(v.record(SlugSchema, v.pipe(v.number(), v.minValue(0), v.maxValue(4))), {}),
  resolves: v.optional(v.array(v.picklist(FLAG_IDS)), []),
  when: ConditionSchema,
});
/** One roadmap action of the library. */
export type Action = v.InferOutput<typeof ActionSchema>;

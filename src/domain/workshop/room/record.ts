import * as v from 'valibot';
import { AssessmentSchema, MaturityAnswerSchema, RaciAnswerSchema } from '../../schemas/assessment';
import { SlugSchema } from '../../schemas/common';
import { WORKSHOP_LETTERS, WORKSHOP_PACES } from '../plan';

/** The version of the stored workshop record; a later one adds a migration. */
export const WORKSHOP_STORAGE_VERSION = 1;

/** The states of a workshop: answering open, or closed (no joins, no answers). */
export const WORKSHOP_STATES = ['open', 'closed'] as const;
export type WorkshopState = (typeof WORKSHOP_STATES)[number];

const Text = (max: number) =>
  v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
const Sha256Hex = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be a sha-256 hash'));
const Time = v.pipe(v.string(), v.isoTimestamp('must be a time such as 2026-11-28T12:00:00Z'));

/** A plan with its lists resolved against the model: exactly what the room is asked. */
export const ResolvedPlanSchema = v.object({
  letters: v.picklist(WORKSHOP_LETTERS),
  questions: v.array(v.string()),
  pace: v.picklist(WORKSHOP_PACES),
  anonymous: v.boolean(),
  activities: v.array(v.string()),
});
export type ResolvedPlan = v.InferOutput<typeof ResolvedPlanSchema>;

/** The answers one participant submits: the whole response, replaced on every submit. */
export const ResponseAnswersSchema = v.object({
  maturity: v.optional(v.record(v.string(), MaturityAnswerSchema), {}),
  raci: v.optional(v.record(v.string(), RaciAnswerSchema), {}),
});
export type ResponseAnswers = v.InferOutput<typeof ResponseAnswersSchema>;

/** A participant as stored: the hash of their token, what they said of themselves, their answers. */
export const ParticipantRecordSchema = v.object({
  tokenHash: Sha256Hex,
  joinedAt: Time,
  /** Never present in an anonymous workshop. */
  name: v.optional(Text(120)),
  team: v.optional(SlugSchema),
  role: v.optional(Text(120)),
  /** 0 until the first submit, then one more on each. */
  revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
  answers: ResponseAnswersSchema,
});
export type ParticipantRecord = v.InferOutput<typeof ParticipantRecordSchema>;

/** One workshop as the server stores it (one file per workshop). */
export const WorkshopRecordSchema = v.object({
  storageVersion: v.literal(WORKSHOP_STORAGE_VERSION),
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/, 'must be a workshop id')),
  code: v.pipe(v.string(), v.regex(/^[A-Z0-9]{4,16}$/, 'must be a join code')),
  secretHash: Sha256Hex,
  joinUrl: Text(2000),
  createdAt: Time,
  updatedAt: Time,
  state: v.picklist(WORKSHOP_STATES),
  revealed: v.boolean(),
  /** The activity the room answers now (paced workshops), or null. */
  current: v.nullable(v.string()),
  plan: ResolvedPlanSchema,
  /** The assessment the workshop was created from (profile, teams, scope), without answers. */
  assessment: AssessmentSchema,
  participants: v.record(v.string(), ParticipantRecordSchema),
});
export type WorkshopRecord = v.InferOutput<typeof WorkshopRecordSchema>;

/** Reads a stored workshop record: the record, or the valibot issues that stop it. */
export function readWorkshopRecord(data: unknown): v.SafeParseResult<typeof WorkshopRecordSchema> {
  return v.safeParse(WorkshopRecordSchema, data);
}

import * as v from 'valibot';
import { LevelSchema, SlugSchema } from './common';
import {
  ACTION_STATUSES,
  CHANNELS,
  FORMAT_VERSION,
  REQUIRED_STAGES,
  VOLUMES,
  type ActionStatus,
} from './assessment-values';
import { SECTORS } from './sector';

export {
  ACTION_STATUSES,
  CHANNELS,
  FORMAT_VERSION,
  REQUIRED_STAGES,
  ROLES,
  VOLUMES,
  type ActionStatus,
  type Channel,
  type Volume,
} from './assessment-values';

const FreeText = (max: number) =>
  v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));

/** The assessed organisation. */
export const OrganisationSchema = v.object({
  /** Stable across quarters, so an organisation's periods group together. */
  id: v.optional(SlugSchema),
  name: FreeText(200),
  sector: v.picklist(SECTORS),
  regulated: v.boolean(),
  channels: v.array(v.picklist(CHANNELS)),
  volume: v.picklist(VOLUMES),
  languages: v.array(
    v.pipe(
      v.string(),
      v.regex(
        /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/,
        'must be a language code such as "ar" or "en-GB"',
      ),
    ),
  ),
  /** The team that sponsors the programme (default: the model's sponsor, the executive committee). */
  sponsor: v.optional(SlugSchema),
});
export type Organisation = v.InferOutput<typeof OrganisationSchema>;

/** A team taking part in this assessment; the name is free text in any language. */
export const AssessmentTeamSchema = v.object({
  id: SlugSchema,
  name: v.pipe(FreeText(120), v.trim(), v.nonEmpty('needs a name')),
});
export type AssessmentTeam = v.InferOutput<typeof AssessmentTeamSchema>;

/** A maturity answer: a level, or "don't know". */
export const MaturityAnswerSchema = v.union([LevelSchema, v.literal('unknown')]);
export type MaturityAnswer = 1 | 2 | 3 | 4 | 5 | 'unknown';

/** Letters R, A, C, I, each at most once, in any order. */
export const RaciLettersSchema = v.pipe(
  v.string(),
  v.regex(/^(?!.*(.).*\1)[RACI]{1,4}$/, 'must be letters R, A, C, I, each at most once'),
);

/** A RACI answer for one activity: letters per team (`{}` is "no one"), or "don't know". */
export const RaciAnswerSchema = v.union([
  v.record(SlugSchema, RaciLettersSchema),
  v.literal('unknown'),
]);
export type RaciAnswer = Record<string, string> | 'unknown';

const MaturityAnswersSchema = v.record(v.string(), MaturityAnswerSchema);
const RaciAnswersSchema = v.record(v.string(), RaciAnswerSchema);

/** One workshop participant's own answers. */
export const ResponseSchema = v.object({
  participant: v.pipe(FreeText(120), v.nonEmpty()),
  /** The name the participant gave; never stored for an anonymous workshop. */
  name: v.optional(FreeText(120)),
  /** The id of the team the participant works in, when they said. */
  team: v.optional(SlugSchema),
  role: v.optional(FreeText(120)),
  maturity: v.optional(MaturityAnswersSchema, {}),
  raci: v.optional(RaciAnswersSchema, {}),
});
export type Response = v.InferOutput<typeof ResponseSchema>;

/** How the assessment tracks a roadmap action: a status, or a status with owner, due date and comment. */
export const ActionTrackingSchema = v.union([
  v.picklist(ACTION_STATUSES),
  v.object({
    status: v.picklist(ACTION_STATUSES),
    owner: v.optional(SlugSchema),
    due: v.optional(v.pipe(v.string(), v.isoDate('must be a date such as 2027-03-31'))),
    comment: v.optional(FreeText(2000)),
  }),
]);
export type ActionTracking = v.InferOutput<typeof ActionTrackingSchema>;

/** The status of a tracked action, whichever form the assessment uses. */
export function statusOf(tracking: ActionTracking | undefined): ActionStatus | undefined {
  return typeof tracking === 'object' ? tracking.status : tracking;
}

/** The public assessment file (format `ccm-assessment`, the current format version). */
export const AssessmentSchema = v.object({
  format: v.literal('ccm-assessment'),
  formatVersion: v.literal(FORMAT_VERSION),
  modelVersion: v.pipe(v.string(), v.nonEmpty()),
  /** The older model version the assessment was taken with, when it was migrated to this one. */
  migratedFrom: v.optional(v.pipe(v.string(), v.nonEmpty())),
  organisation: OrganisationSchema,
  period: v.pipe(v.string(), v.regex(/^\d{4}-Q[1-4]$/, 'must look like 2026-Q4')),
  status: v.picklist(['draft', 'final']),
  teams: v.array(AssessmentTeamSchema),
  outOfScope: v.optional(
    v.object({
      stages: v.optional(
        v.pipe(
          v.array(SlugSchema),
          v.check(
            (stages) => !stages.some((s) => (REQUIRED_STAGES as readonly string[]).includes(s)),
            `cannot include ${REQUIRED_STAGES.join(', ')}: every assessment covers them`,
          ),
        ),
        [],
      ),
      dimensions: v.optional(v.array(SlugSchema), []),
    }),
  ),
  /** Target level per dimension; missing ones take the model's defaults for the sector. */
  targets: v.optional(v.record(SlugSchema, LevelSchema), {}),
  previous: v.optional(
    v.object({
      period: v.pipe(v.string(), v.regex(/^\d{4}-Q[1-4]$/, 'must look like 2026-Q4')),
      assessmentId: v.pipe(v.string(), v.maxLength(200)),
    }),
  ),
  maturity: v.optional(MaturityAnswersSchema, {}),
  raci: v.optional(RaciAnswersSchema, {}),
  /**
   * Evidence per question or activity. The editor takes 5,000 characters a note; the file allows
   * twice that, so a question that merges two earlier ones keeps both of their notes.
   */
  notes: v.optional(v.record(v.string(), FreeText(10_000)), {}),
  responses: v.optional(v.array(ResponseSchema)),
  roadmap: v.optional(v.record(v.string(), ActionTrackingSchema), {}),
});
/** An assessment, as stored, exported and analysed. */
export type Assessment = v.InferOutput<typeof AssessmentSchema>;

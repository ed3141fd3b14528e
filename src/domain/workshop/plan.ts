import * as v from 'valibot';
import type { Model } from '../schemas/model';

/** How a room moves through a workshop: everyone freely, or one activity at a time. */
export const WORKSHOP_PACES = ['self-paced', 'paced'] as const;
export type WorkshopPace = (typeof WORKSHOP_PACES)[number];

/** What a workshop asks about each activity: the accountable team only, or all four letters. */
export const WORKSHOP_LETTERS = ['accountable', 'raci'] as const;
export type WorkshopLetters = (typeof WORKSHOP_LETTERS)[number];

/**
 * The maturity questions a room answers by default: one per dimension, the one that tells most
 * about who owns it, so that the room finishes (with the accountable team of every activity) in
 * under fifteen minutes. `review.timing` is among them: reactive control is read from it.
 */
export const DEFAULT_WORKSHOP_QUESTIONS = [
  'ownership.owner',
  'data.truth',
  'triggers.misses',
  'content.templates',
  'review.timing',
  'delivery.consistency',
  'traceability.record',
  'feedback.routing',
  'responsiveness.complaint',
  'centricity.impact',
] as const;

const ModelId = v.pipe(v.string(), v.regex(/^[a-z0-9.-]{1,120}$/, 'must be a model id'));

/** What the facilitator chose to ask, and how the room moves through it. */
export const WorkshopPlanSchema = v.object({
  letters: v.optional(v.picklist(WORKSHOP_LETTERS), 'accountable'),
  /** Maturity question ids, in the order asked; omitted means the default set. */
  questions: v.optional(v.pipe(v.array(ModelId), v.maxLength(200))),
  pace: v.optional(v.picklist(WORKSHOP_PACES), 'self-paced'),
  /** An anonymous workshop stores no names anywhere, exports included. */
  anonymous: v.optional(v.boolean(), false),
  /** Activities asked (model ids); omitted means every in-scope activity. */
  activities: v.optional(v.pipe(v.array(ModelId), v.maxLength(200))),
});
export type WorkshopPlan = v.InferOutput<typeof WorkshopPlanSchema>;

/** The questions a plan asks: its own list with ids the model does not know left out, or the defaults. */
export function plannedQuestions(
  plan: WorkshopPlan,
  model: { questions: readonly Pick<Model['questions'][number], 'id'>[] },
): string[] {
  const known = new Set(model.questions.map((q) => q.id));
  const chosen = plan.questions ?? DEFAULT_WORKSHOP_QUESTIONS;
  return [...new Set(chosen)].filter((id) => known.has(id));
}

/** A plan with every default filled in. */
export function completePlan(input: unknown): v.SafeParseResult<typeof WorkshopPlanSchema> {
  return v.safeParse(WorkshopPlanSchema, input ?? {});
}

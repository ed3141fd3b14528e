import * as v from 'valibot';
import { LevelSchema, LocalisedTextSchema, SlugSchema } from './common';
import type { Problem } from './problems';

/**
 * What a RACI condition can say of an activity's RACI answer: nobody is accountable, several
 * teams are, nobody is responsible (the facts behind the orphaned, contested and no-doer flags).
 */
export const RACI_FACTS = ['no-accountable', 'several-accountable', 'no-responsible'] as const;
/** One fact of an activity's RACI answer. */
export type RaciFact = (typeof RACI_FACTS)[number];

const IdSchema = v.pipe(v.string(), v.nonEmpty('is empty'));

/** A maturity answer within bounds: `{ "question": "review.regulation", "atLeast": 3 }`. */
export const AnswerConditionSchema = v.pipe(
  v.strictObject({
    question: IdSchema,
    atLeast: v.optional(LevelSchema),
    atMost: v.optional(LevelSchema),
  }),
  v.check(
    (c) => c.atLeast !== undefined || c.atMost !== undefined,
    'needs "atLeast", "atMost" or both',
  ),
  v.check(
    (c) => c.atLeast === undefined || c.atMost === undefined || c.atLeast <= c.atMost,
    '"atLeast" must not be above "atMost"',
  ),
);
/** A maturity answer within bounds. */
export type AnswerCondition = v.InferOutput<typeof AnswerConditionSchema>;

/**
 * An in-scope activity whose RACI answer shows one of the facts: the activity named, else those of
 * the stage named, else any activity. `{ "activity": "review.approve", "raci": ["no-accountable"] }`.
 */
export const RaciConditionSchema = v.pipe(
  v.strictObject({
    activity: v.optional(IdSchema),
    stage: v.optional(SlugSchema),
    raci: v.pipe(v.array(v.picklist(RACI_FACTS)), v.minLength(1, 'names no RACI fact')),
  }),
  v.check(
    (c) => c.activity === undefined || c.stage === undefined,
    'names an activity or a stage, not both',
  ),
);
/** An in-scope activity whose RACI answer shows one of the facts. */
export type RaciCondition = v.InferOutput<typeof RaciConditionSchema>;

/** One condition of a consistency rule. */
export type ConsistencyCondition = AnswerCondition | RaciCondition;

const isAnswerCondition = (input: unknown): boolean =>
  typeof input === 'object' && input !== null && 'question' in input;

// Chosen by key rather than by a union, so a mistake is reported at its own path and in words.
const ConditionSchema = v.lazy((input) =>
  isAnswerCondition(input) ? AnswerConditionSchema : RaciConditionSchema,
) as v.GenericSchema<ConsistencyCondition>;

/** Answers that cannot all hold, and why, in both languages. */
export const ConsistencyRuleSchema = v.strictObject({
  id: SlugSchema,
  conditions: v.pipe(
    v.array(ConditionSchema),
    v.minLength(2, 'needs two conditions or more: a rule names answers that cannot all hold'),
  ),
  text: LocalisedTextSchema,
});
/** Answers that cannot all hold, and why. */
export type ConsistencyRule = v.InferOutput<typeof ConsistencyRuleSchema>;

/** The consistency rules of `data/consistency.json`. */
export const ConsistencyRulesSchema = v.array(ConsistencyRuleSchema);

/** The model ids the rules may name. */
export interface ConsistencyRefs {
  questions: readonly { id: string }[];
  activities: readonly { id: string }[];
  stages: readonly { id: string }[];
}

/** The rules' references that the model does not know, and rule ids used twice, with their paths. */
export function checkConsistencyRules(
  rules: readonly ConsistencyRule[],
  model: ConsistencyRefs,
): Problem[] {
  const known = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));
  const questions = known(model.questions);
  const activities = known(model.activities);
  const stages = known(model.stages);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  rules.forEach((rule, i) => {
    if (seen.has(rule.id))
      problems.push({
        path: `consistency[${i}].id`,
        code: 'duplicate',
        message: `"${rule.id}" is used twice`,
      });
    seen.add(rule.id);
    rule.conditions.forEach((c, j) => {
      const at = `consistency[${i}].conditions[${j}]`;
      const refs: [string | undefined, Set<string>, string, string][] =
        'question' in c
          ? [[c.question, questions, 'question', 'a question']]
          : [
              [c.activity, activities, 'activity', 'an activity'],
              [c.stage, stages, 'stage', 'a stage'],
            ];
      for (const [id, ids, key, what] of refs) {
        if (id !== undefined && !ids.has(id))
          problems.push({
            path: `${at}.${key}`,
            code: 'unknown-ref',
            message: `"${id}" is not ${what} id`,
          });
      }
    });
  });
  return problems;
}

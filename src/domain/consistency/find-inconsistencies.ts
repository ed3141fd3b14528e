import type { ActivityResult, AnswerDriver, Inconsistency } from '../analysis';
import type {
  AnswerCondition,
  ConsistencyRule,
  RaciCondition,
  RaciFact,
} from '../schemas/consistency';

/** What of an activity's result the rules read. */
export type ActivityFacts = Pick<
  ActivityResult,
  'stage' | 'status' | 'accountable' | 'responsible'
>;

/** The answers the rules are tested against: the ones the analysis uses. */
export interface ConsistencyFacts {
  /** The maturity answer used for each question (consensus, else the workshop median). */
  answers: ReadonlyMap<string, Pick<AnswerDriver, 'answer'>>;
  /** The model's questions, for their dimensions. */
  questions: readonly { id: string; dimension: string }[];
  outOfScopeDimensions: ReadonlySet<string>;
  /** Every model activity's RACI result, in model order (out-of-scope ones carry that status). */
  activities: Readonly<Record<string, ActivityFacts>>;
}

const RACI_TESTS: Record<RaciFact, (a: ActivityFacts) => boolean> = {
  'no-accountable': (a) => a.accountable.length === 0,
  'several-accountable': (a) => a.accountable.length >= 2,
  'no-responsible': (a) => a.responsible.length === 0,
};

function holdsAnswer(c: AnswerCondition, facts: ConsistencyFacts, dimensions: Map<string, string>) {
  const dimension = dimensions.get(c.question);
  if (dimension === undefined || facts.outOfScopeDimensions.has(dimension)) return false;
  const answer = facts.answers.get(c.question)?.answer;
  if (typeof answer !== 'number') return false;
  return answer >= (c.atLeast ?? 1) && answer <= (c.atMost ?? 5);
}

/** The answered in-scope activities the condition finds; empty when it does not hold. */
function matchRaci(c: RaciCondition, facts: ConsistencyFacts): string[] {
  return Object.keys(facts.activities).filter((id) => {
    const a = facts.activities[id];
    if (!a || a.status !== 'answered') return false;
    if (c.activity !== undefined ? id !== c.activity : c.stage !== undefined && a.stage !== c.stage)
      return false;
    return c.raci.some((fact) => RACI_TESTS[fact](a));
  });
}

/**
 * The rules whose conditions all hold, in rule order, each naming the questions and the
 * activities (in model order) behind it. A question outside the scope, unanswered or answered
 * "don't know" never holds; neither does an activity out of scope, unanswered or "don't know".
 */
export function findInconsistencies(
  rules: readonly ConsistencyRule[],
  facts: ConsistencyFacts,
): Inconsistency[] {
  const dimensions = new Map(facts.questions.map((q) => [q.id, q.dimension]));
  const order = Object.keys(facts.activities);
  const found: Inconsistency[] = [];
  for (const rule of rules) {
    const questions = new Set<string>();
    const activities = new Set<string>();
    const holds = rule.conditions.every((c) => {
      if ('question' in c) {
        questions.add(c.question);
        return holdsAnswer(c, facts, dimensions);
      }
      const matched = matchRaci(c, facts);
      matched.forEach((id) => activities.add(id));
      return matched.length > 0;
    });
    if (holds)
      found.push({
        rule: rule.id,
        questions: [...questions],
        activities: order.filter((id) => activities.has(id)),
        text: rule.text,
      });
  }
  return found;
}

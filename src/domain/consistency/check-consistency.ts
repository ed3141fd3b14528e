import type { Inconsistency } from '../analysis';
import { resolveRaci } from '../raci/resolve-raci';
import { buildTeamOrder } from '../raci/team-order';
import type { Assessment } from '../schemas/assessment';
import type { ConsistencyRule } from '../schemas/consistency';
import { resolveMaturityAnswers } from '../scoring/resolve-maturity';
import { indexResponseRaci } from '../workshop/index-responses';
import { measureAgreement } from '../workshop/measure-agreement';
import { findInconsistencies, type ActivityFacts } from './find-inconsistencies';

/** What the check reads of the model: its rules, and the ids of questions, activities and teams. */
export interface ConsistencyModel {
  consistency?: readonly ConsistencyRule[] | undefined;
  questions: readonly { id: string; dimension: string }[];
  activities: readonly { id: string; stage: string }[];
  teams: readonly { id: string }[];
}

/**
 * The assessment's broken consistency rules, as `analyse()` lists them, without the rest of the
 * analysis: the questionnaire checks a draft with this and a slim model. Answers are resolved as
 * the analysis resolves them (consensus, else the workshop's median and modal RACI).
 */
export function checkConsistency(model: ConsistencyModel, assessment: Assessment): Inconsistency[] {
  const rules = model.consistency ?? [];
  if (rules.length === 0) return [];
  const order = buildTeamOrder(model, assessment);
  const responses = indexResponseRaci(assessment.responses ?? [], order);
  const outOfScopeStages = new Set(assessment.outOfScope?.stages ?? []);
  const activities: Record<string, ActivityFacts> = {};
  for (const { id, stage } of model.activities) {
    if (outOfScopeStages.has(stage)) {
      activities[id] = { stage, status: 'out-of-scope', accountable: [], responsible: [] };
      continue;
    }
    const answers = responses.get(id) ?? [];
    const resolved = resolveRaci(
      assessment.raci[id],
      answers,
      measureAgreement(answers, order),
      order,
    );
    activities[id] = {
      stage,
      status: resolved.status,
      accountable: resolved.roles?.accountable ?? [],
      responsible: resolved.roles?.responsible ?? [],
    };
  }
  return findInconsistencies(rules, {
    answers: resolveMaturityAnswers(model, assessment),
    questions: model.questions,
    outOfScopeDimensions: new Set(assessment.outOfScope?.dimensions ?? []),
    activities,
  });
}

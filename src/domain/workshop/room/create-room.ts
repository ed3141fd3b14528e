import type { ParseResult } from '../../schemas/parse-assessment';
import { parseAssessment } from '../../schemas/parse-assessment';
import { problemsFromIssues, type Problem } from '../../schemas/problems';
import type { Assessment } from '../../schemas/assessment';
import type { Model } from '../../schemas/model';
import { completePlan, plannedQuestions, type WorkshopPlan } from '../plan';
import { WORKSHOP_STORAGE_VERSION, type ResolvedPlan, type WorkshopRecord } from './record';

/** What the server makes up for a new workshop: its id, code, secret hash, link and time. */
export interface NewWorkshopKeys {
  id: string;
  code: string;
  secretHash: string;
  joinUrl: string;
  now: string;
}

/** The plan's questions and activities, resolved: unknown ids and out-of-scope ones left out. */
export function resolvePlan(
  plan: WorkshopPlan,
  model: Model,
  assessment: Assessment,
): ResolvedPlan {
  const outStages = new Set(assessment.outOfScope?.stages ?? []);
  const outDimensions = new Set(assessment.outOfScope?.dimensions ?? []);
  const dimensionOf = new Map(model.questions.map((q) => [q.id, q.dimension]));
  const inScope = model.activities.filter((a) => !outStages.has(a.stage)).map((a) => a.id);
  const chosen = new Set(plan.activities ?? inScope);
  return {
    letters: plan.letters,
    questions: plannedQuestions(plan, model).filter(
      (id) => !outDimensions.has(dimensionOf.get(id) ?? ''),
    ),
    pace: plan.pace,
    anonymous: plan.anonymous,
    activities: inScope.filter((id) => chosen.has(id)),
  };
}

/** The assessment a workshop starts from: its profile, teams and scope, without any answers. */
export function withoutAnswers(assessment: Assessment): Assessment {
  const { responses: _responses, ...rest } = assessment;
  return { ...rest, status: 'draft', maturity: {}, raci: {}, notes: {} };
}

/** Reads the POST /api/workshops body (an assessment file plus `workshop`, the plan). */
function readBody(
  input: unknown,
  model: Model,
): ParseResult<{ assessment: Assessment; plan: WorkshopPlan }> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return problem('', 'wrong-format', 'is not an assessment: expected a JSON object');
  const { workshop, ...file } = input as Record<string, unknown>;
  const assessment = parseAssessment(file, model);
  const plan = completePlan(workshop);
  const problems: Problem[] = [
    ...(assessment.ok ? [] : assessment.problems),
    ...(plan.success
      ? []
      : problemsFromIssues(plan.issues).map((p) => ({
          ...p,
          path: p.path ? `workshop.${p.path}` : 'workshop',
        }))),
  ];
  if (!assessment.ok || !plan.success) return { ok: false, problems };
  return { ok: true, value: { assessment: assessment.value, plan: plan.output } };
}

/** A new workshop record from the POST body, or the problems that stop it. */
export function createWorkshopRecord(
  input: unknown,
  model: Model,
  keys: NewWorkshopKeys,
): ParseResult<WorkshopRecord> {
  const body = readBody(input, model);
  if (!body.ok) return body;
  const plan = resolvePlan(body.value.plan, model, body.value.assessment);
  if (plan.questions.length === 0 && plan.activities.length === 0)
    return problem('workshop', 'empty', 'asks nothing: no known question or activity in scope');
  const { now, ...rest } = keys;
  return {
    ok: true,
    value: {
      storageVersion: WORKSHOP_STORAGE_VERSION,
      ...rest,
      createdAt: now,
      updatedAt: now,
      state: 'open',
      revealed: false,
      current: null,
      plan,
      assessment: withoutAnswers(body.value.assessment),
      participants: {},
    },
  };
}

function problem<T>(path: string, code: Problem['code'], message: string): ParseResult<T> {
  return { ok: false, problems: [{ path, code, message }] };
}

import type { Assessment } from '../../domain/schemas/assessment';
import type { ModelIds } from '../../domain/schemas/model-check';
import {
  parseAssessment,
  parseJsonText,
  type ParseResult,
} from '../../domain/schemas/parse-assessment';
import { completePlan, plannedQuestions, type WorkshopPlan } from '../../domain/workshop/plan';
import type { PublicWorkshop } from './api';

/** An assessment with the plan a workshop follows: the body of POST /api/workshops, and the workshop file. */
export type WorkshopDocument = Assessment & { workshop: WorkshopPlan };

/**
 * What a room starts from: the assessment's profile, teams and scope, with no answers of its own
 * (an agreed answer would stand in for the room's), and the plan under `workshop`.
 */
export function workshopDocument(assessment: Assessment, plan: WorkshopPlan): WorkshopDocument {
  const {
    maturity: _maturity,
    raci: _raci,
    notes: _notes,
    responses: _responses,
    roadmap: _roadmap,
    ...profile
  } = assessment;
  return {
    ...profile,
    status: 'draft',
    maturity: {},
    raci: {},
    notes: {},
    roadmap: {},
    workshop: plan,
  };
}

/** The file name of a workshop file, from the organisation and the period. */
export function workshopFileName(assessment: Pick<Assessment, 'organisation' | 'period'>): string {
  const name =
    assessment.organisation.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') ||
    'workshop';
  return `${name}-${assessment.period}-workshop.json`;
}

/** Reads a workshop file: an assessment with its plan; a file without a plan is refused. */
export function parseWorkshopFile(text: string, model: ModelIds): ParseResult<WorkshopDocument> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const assessment = parseAssessment(json.value, model);
  if (!assessment.ok) return assessment;
  const plan = completePlan((json.value as { workshop?: unknown }).workshop);
  if (!plan.success || (json.value as { workshop?: unknown }).workshop === undefined)
    return {
      ok: false,
      problems: [
        {
          path: 'workshop',
          code: 'wrong-format',
          message: 'is missing: this is not a workshop file',
        },
      ],
    };
  return { ok: true, value: { ...assessment.value, workshop: plan.output } };
}

/** The model parts a plan is resolved against. */
export interface PlanModel {
  dimensions: readonly { id: string }[];
  questions: readonly { id: string; dimension: string }[];
  activities: readonly { id: string; stage: string }[];
}

/** The activities a plan asks, in model order: its own list, else every in-scope activity. */
export function plannedActivities(
  document: Pick<WorkshopDocument, 'workshop' | 'outOfScope'>,
  model: PlanModel,
): string[] {
  const out = new Set(document.outOfScope?.stages ?? []);
  const inScope = model.activities.filter((a) => !out.has(a.stage)).map((a) => a.id);
  const chosen = document.workshop.activities;
  return chosen ? inScope.filter((id) => chosen.includes(id)) : inScope;
}

/**
 * A workshop file as the participant's page reads a workshop from the server: the same screens
 * answer both. It has no join code and stays open.
 */
export function workshopOfFile(document: WorkshopDocument, model: PlanModel): PublicWorkshop {
  const plan = document.workshop;
  return {
    code: '',
    organisation: { name: document.organisation.name },
    period: document.period,
    modelVersion: document.modelVersion,
    teams: document.teams.map(({ id, name }) => ({ id, name })),
    plan: {
      letters: plan.letters,
      questions: plannedQuestions(plan, model),
      pace: 'self-paced',
      anonymous: plan.anonymous,
      activities: plannedActivities(document, model),
    },
    state: 'open',
    revealed: false,
    current: null,
  };
}

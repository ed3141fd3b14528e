import type { ActivityAgreement, Analysis, QuestionSpread } from '../../analysis';
import type { Assessment, Response } from '../../schemas/assessment';
import type { ParticipantRecord, ResolvedPlan, WorkshopRecord, WorkshopState } from './record';

/** What anyone with the join code sees: what to answer and where the room is. Never id or secret. */
export interface PublicWorkshop {
  code: string;
  organisation: { name: string };
  period: string;
  modelVersion: string;
  teams: { id: string; name: string }[];
  plan: ResolvedPlan;
  state: WorkshopState;
  revealed: boolean;
  current: string | null;
}

/** The public view of a workshop (GET /api/workshops/{code}). */
export function publicWorkshop(record: WorkshopRecord): PublicWorkshop {
  const { assessment } = record;
  return {
    code: record.code,
    organisation: { name: assessment.organisation.name },
    period: assessment.period,
    modelVersion: assessment.modelVersion,
    teams: assessment.teams.map(({ id, name }) => ({ id, name })),
    plan: record.plan,
    state: record.state,
    revealed: record.revealed,
    current: record.current,
  };
}

/** A participant's answers as a response; the name only when the workshop is not anonymous. */
export function responseOf(
  participantId: string,
  participant: ParticipantRecord,
  anonymous: boolean,
): Response {
  return {
    participant: participantId,
    ...(participant.name && !anonymous ? { name: participant.name } : {}),
    ...(participant.team === undefined ? {} : { team: participant.team }),
    ...(participant.role === undefined ? {} : { role: participant.role }),
    maturity: participant.answers.maturity,
    raci: participant.answers.raci,
  };
}

/** The responses of everyone who has submitted at least once, in joining order. */
export function roomResponses(record: WorkshopRecord): Response[] {
  return Object.entries(record.participants)
    .filter(([, participant]) => participant.revision > 0)
    .map(([id, participant]) => responseOf(id, participant, record.plan.anonymous));
}

/** The workshop's assessment with the room's responses: what the analysis and the export read. */
export function roomAssessment(record: WorkshopRecord): Assessment {
  return { ...record.assessment, responses: roomResponses(record) };
}

/** True when a participant has answered every question and activity the plan asks. */
export function hasFinished(participant: ParticipantRecord, plan: ResolvedPlan): boolean {
  const { maturity, raci } = participant.answers;
  return plan.questions.every((id) => id in maturity) && plan.activities.every((id) => id in raci);
}

/** Joined participants and those who have answered everything. */
export function countParticipants(record: WorkshopRecord): {
  participants: number;
  finished: number;
} {
  const all = Object.values(record.participants);
  return {
    participants: all.length,
    finished: all.filter((p) => hasFinished(p, record.plan)).length,
  };
}

/** Where the room is: the start of every summary. */
export interface RoomStatus {
  participants: number;
  finished: number;
  state: WorkshopState;
  revealed: boolean;
  current: string | null;
}

/** The facilitator's summary (GET summary and the facilitator's events). */
export interface FacilitatorSummary extends RoomStatus {
  code: string;
  joinUrl: string;
  analysis: Analysis;
}

/** Where the room is now. */
export function roomStatus(record: WorkshopRecord): RoomStatus {
  return {
    ...countParticipants(record),
    state: record.state,
    revealed: record.revealed,
    current: record.current,
  };
}

/** What the facilitator's summary says besides the analysis. */
export function facilitatorStatus(record: WorkshopRecord): Omit<FacilitatorSummary, 'analysis'> {
  return { ...roomStatus(record), code: record.code, joinUrl: record.joinUrl };
}

/** An activity's agreement without anyone's answers: only counts per accountable set. */
export type PublicActivityAgreement = Pick<
  ActivityAgreement,
  'answered' | 'unknown' | 'modal' | 'tied' | 'agreement' | 'answers'
>;

/** The room's aggregates a participant may see after a reveal: no names, ids or answers of anyone. */
export interface RoomAggregates {
  kappa: number | null;
  meanAgreement: number | null;
  activities: Record<string, PublicActivityAgreement>;
  dividedQuestions: string[];
  questions: Record<string, QuestionSpread>;
}

/** A participant's summary: where the room is, and the aggregates once revealed. */
export interface ParticipantSummary extends RoomStatus {
  workshop?: RoomAggregates;
}

/** The aggregate part of the analysis, copied field by field so nothing else slips through. */
export function roomAggregates(analysis: Analysis): RoomAggregates | undefined {
  const workshop = analysis.workshop;
  if (!workshop) return undefined;
  const activities: Record<string, PublicActivityAgreement> = {};
  for (const [id, a] of Object.entries(workshop.activities))
    activities[id] = {
      answered: a.answered,
      unknown: a.unknown,
      modal: [...a.modal],
      tied: a.tied,
      agreement: a.agreement,
      answers: a.answers.map(({ accountable, count }) => ({
        accountable: [...accountable],
        count,
      })),
    };
  const questions: Record<string, QuestionSpread> = {};
  for (const [id, q] of Object.entries(workshop.questions))
    questions[id] = {
      answered: q.answered,
      unknown: q.unknown,
      median: q.median,
      q1: q.q1,
      q3: q.q3,
      iqr: q.iqr,
      divided: q.divided,
    };
  return {
    kappa: workshop.kappa,
    meanAgreement: workshop.meanAgreement,
    activities,
    dividedQuestions: [...workshop.dividedQuestions],
    questions,
  };
}

import type { Analysis, QuestionSpread } from '../../domain/analysis';
import type { Response as ParticipantResponse } from '../../domain/schemas/assessment';
import type { WorkshopLetters, WorkshopPace } from '../../domain/workshop/plan';

/** What a participant needs to answer a workshop (GET /api/workshops/{code}): never its id or secret. */
export interface PublicWorkshop {
  code: string;
  organisation: { name: string };
  period: string;
  modelVersion: string;
  teams: { id: string; name: string }[];
  plan: {
    letters: WorkshopLetters;
    questions: string[];
    pace: WorkshopPace;
    anonymous: boolean;
    activities: string[];
  };
  state: 'open' | 'closed';
  revealed: boolean;
  current: string | null;
}

/** The answer to creating a workshop; the secret stays in the facilitator's browser. */
export interface CreatedWorkshop {
  id: string;
  code: string;
  facilitatorSecret: string;
  joinUrl: string;
}

/** A participant's own answers, the body of PUT …/response. */
export type ResponseAnswers = Pick<ParticipantResponse, 'maturity' | 'raci'>;

/** What a participant gets back about themself after a reload. */
export interface ParticipantState extends ResponseAnswers {
  participantId: string;
  revision: number;
  workshop: PublicWorkshop;
}

/** The room's state every summary carries, facilitator's and participants' alike. */
export interface RoomState {
  participants: number;
  finished: number;
  state: 'open' | 'closed';
  revealed: boolean;
  current: string | null;
}

/** The facilitator's summary (GET summary and every `summary` event). */
export interface FacilitatorSummary extends RoomState {
  code: string;
  joinUrl: string;
  analysis: Analysis;
}

/** One activity's figures as a participant sees them after a reveal: counts, no one's answers. */
export interface RoomActivity {
  answered: number;
  unknown: number;
  agreement: number;
  modal: string[];
  tied: boolean;
  answers: { accountable: string[]; count: number }[];
}

/** A participant's summary after a reveal: aggregates only. */
export interface RoomSummary extends RoomState {
  /** Present once the facilitator has revealed the answers. */
  workshop?: {
    kappa: number | null;
    meanAgreement: number | null;
    activities: Record<string, RoomActivity>;
    dividedQuestions: string[];
    questions: Record<string, QuestionSpread>;
  };
}

/** A refusal from the workshop server, with its status, problems and when to try again. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problems: { path: string; message: string }[] = [],
    /** Seconds the server asks to wait (429), when it says. */
    readonly retryAfter?: number,
  ) {
    super(`workshop server answered ${status}`);
  }
}

interface RequestOptions {
  body?: unknown;
  token?: string;
  signal?: AbortSignal;
}

/** The headers of a request with a bearer token (never in the URL). */
export function authHeaders(token: string | undefined): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

async function refusal(response: Response): Promise<ApiError> {
  const retry = Number(response.headers.get('Retry-After'));
  let problems: { path: string; message: string }[] = [];
  try {
    const body = (await response.json()) as { problems?: unknown };
    if (Array.isArray(body.problems)) problems = body.problems as typeof problems;
  } catch {
    // No JSON body: the status says enough.
  }
  return new ApiError(
    response.status,
    problems,
    Number.isFinite(retry) && retry > 0 ? retry : undefined,
  );
}

/** Sends one JSON request to the workshop server; a non-2xx answer throws an ApiError. */
export async function request<T>(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    ...authHeaders(options.token),
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    cache: 'no-store',
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!response.ok) throw await refusal(response);
  return (await response.json()) as T;
}

const code = (value: string): string => encodeURIComponent(value.trim().toUpperCase());
const id = encodeURIComponent;

/** Creates a workshop from an assessment with its plan under `workshop`. */
export function createWorkshop(body: unknown): Promise<CreatedWorkshop> {
  return request('POST', '/api/workshops', { body });
}

/** What a participant needs to answer, by join code. */
export function fetchWorkshop(joinCode: string): Promise<PublicWorkshop> {
  return request('GET', `/api/workshops/${code(joinCode)}`);
}

/** Joins a workshop: the participant's id and the token that changes only their response. */
export function joinWorkshop(
  joinCode: string,
  who: { name?: string; team?: string; role?: string },
): Promise<{ participantId: string; token: string }> {
  return request('POST', `/api/workshops/${code(joinCode)}/participants`, { body: who });
}

/** Replaces a participant's whole response (idempotent: a queued retry is harmless). */
export function saveResponse(
  joinCode: string,
  participantId: string,
  token: string,
  answers: ResponseAnswers,
): Promise<{ saved: true; revision: number }> {
  return request(
    'PUT',
    `/api/workshops/${code(joinCode)}/participants/${id(participantId)}/response`,
    {
      body: answers,
      token,
    },
  );
}

/** A participant's own answers and the workshop's state (polled in paced mode). */
export function fetchParticipant(
  joinCode: string,
  participantId: string,
  token: string,
): Promise<ParticipantState> {
  return request('GET', `/api/workshops/${code(joinCode)}/participants/${id(participantId)}`, {
    token,
  });
}

/** The facilitator's summary of the room. */
export function fetchSummary(workshopId: string, secret: string): Promise<FacilitatorSummary> {
  return request('GET', `/api/workshops/${id(workshopId)}/summary`, { token: secret });
}

/** What the facilitator can do to the room. */
export type RoomAction = 'reveal' | 'hide' | 'close' | 'reopen';

/** Reveals or hides the distributions, closes or reopens answering. */
export function actOnRoom(
  workshopId: string,
  secret: string,
  action: RoomAction,
): Promise<unknown> {
  return request('POST', `/api/workshops/${id(workshopId)}/${action}`, { token: secret, body: {} });
}

/** Moves a paced room to an activity (null: none). */
export function moveRoom(
  workshopId: string,
  secret: string,
  activity: string | null,
): Promise<unknown> {
  return request('POST', `/api/workshops/${id(workshopId)}/current`, {
    token: secret,
    body: { activity },
  });
}

/** The assessment with every response (names left out when anonymous), for the consensus. */
export function fetchWorkshopAssessment(workshopId: string, secret: string): Promise<unknown> {
  return request('GET', `/api/workshops/${id(workshopId)}/assessment`, { token: secret });
}

/**
 * The address of a workshop's event stream: by id for the facilitator; a participant, who never
 * learns the id, asks by join code.
 */
export function eventsPath(workshop: { id: string } | { code: string }): string {
  return 'id' in workshop
    ? `/api/workshops/${id(workshop.id)}/events`
    : `/api/workshops/${code(workshop.code)}/events`;
}

// The workshop HTTP interface (docs/format.md, "The workshop server's HTTP interface"): a small
// router over /api/workshops, each handler a function of the request and the server's state.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Model } from '../domain/schemas/model';
import type { Analyst } from './analyst';
import { checkAnswers } from '../domain/workshop/room/check-answers';
import { createWorkshopRecord } from '../domain/workshop/room/create-room';
import { joinParticipant } from '../domain/workshop/room/join';
import type { ParticipantRecord } from '../domain/workshop/room/record';
import { publicWorkshop, roomAssessment } from '../domain/workshop/room/views';
import type { RateLimits } from './config';
import { bearerToken, HttpError, invalid, readJsonBody, sendJson, sendJsonText } from './http-io';
import { TokenBuckets } from './rate-limit';
import { Room } from './room';
import { hashSecret, matchesHash, newId, newJoinCode, newSecret, normaliseCode } from './secrets';
import { addWorkshop } from './store';
import { trace } from './trace';

/** The server's state the handlers share. */
export interface ApiState {
  model: Model;
  analyst: Analyst;
  dataDir: string;
  rooms: Map<string, Room>;
  byCode: Map<string, Room>;
  /** Sent with every answer, streams included. */
  headers: Record<string, string>;
  /** The origin join links use; without one, the Host the facilitator reached the server on. */
  publicOrigin: string | null;
  buckets: { address: TokenBuckets; failure: TokenBuckets; token: TokenBuckets };
  now: () => string;
}

/** The rate-limit buckets for a set of limits. */
export function bucketsFor(limits: RateLimits): ApiState['buckets'] {
  return {
    address: new TokenBuckets(limits.address),
    failure: new TokenBuckets(limits.failure),
    token: new TokenBuckets(limits.token),
  };
}

/** Registers a room under its id and code. */
export function registerRoom(state: ApiState, room: Room): void {
  state.rooms.set(room.record.id, room);
  state.byCode.set(room.record.code, room);
}

interface Call {
  req: IncomingMessage;
  res: ServerResponse;
  state: ApiState;
  /** The path segment after /api/workshops/: an id or a code. */
  ref: string;
  /** The participant id in …/participants/{participantId}. */
  participantId: string;
  address: string;
}

type Handler = (call: Call) => Promise<void> | void;

interface Route {
  method: string;
  /** Segments after /api/workshops; `*` is the ref, `+` the participant id. */
  path: string[];
  handler: Handler;
}

const ROUTES: Route[] = [
  { method: 'POST', path: [], handler: createWorkshop },
  { method: 'GET', path: ['*'], handler: showWorkshop },
  { method: 'POST', path: ['*', 'participants'], handler: join },
  { method: 'GET', path: ['*', 'participants', '+'], handler: showParticipant },
  { method: 'PUT', path: ['*', 'participants', '+', 'response'], handler: saveResponse },
  { method: 'GET', path: ['*', 'summary'], handler: summary },
  { method: 'GET', path: ['*', 'events'], handler: events },
  { method: 'GET', path: ['*', 'assessment'], handler: exportAssessment },
  { method: 'POST', path: ['*', 'reveal'], handler: setter((r) => (r.revealed = true)) },
  { method: 'POST', path: ['*', 'hide'], handler: setter((r) => (r.revealed = false)) },
  { method: 'POST', path: ['*', 'close'], handler: setter((r) => (r.state = 'closed')) },
  { method: 'POST', path: ['*', 'reopen'], handler: setter((r) => (r.state = 'open')) },
  { method: 'POST', path: ['*', 'current'], handler: setCurrent },
];

function matches(pattern: string[], segments: string[]): boolean {
  return (
    pattern.length === segments.length &&
    pattern.every((p, i) => p === '*' || p === '+' || p === segments[i])
  );
}

/** Handles a request under /api/; answers every failure as JSON with its status. */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  state: ApiState,
): Promise<void> {
  const address = req.socket.remoteAddress ?? 'unknown';
  try {
    const wait = state.buckets.address.take(address);
    if (wait > 0) throw tooMany(wait);
    const { pathname } = new URL(req.url ?? '/', 'http://server');
    const segments = pathname.split('/').filter(Boolean).map(decodeSegment);
    if (segments[0] !== 'api' || segments[1] !== 'workshops') throw notFound();
    const rest = segments.slice(2);
    const candidates = ROUTES.filter((route) => matches(route.path, rest));
    if (candidates.length === 0) throw notFound();
    const route = candidates.find((r) => r.method === req.method);
    if (!route)
      throw new HttpError(
        405,
        { error: 'method-not-allowed' },
        {
          Allow: candidates.map((r) => r.method).join(', '),
        },
      );
    const call = { req, res, state, ref: rest[0] ?? '', participantId: rest[2] ?? '', address };
    await (route.path.length === 0 ? route.handler(call) : guarded(call, route.handler));
  } catch (error) {
    answerError(res, error);
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function answerError(res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  if (error instanceof HttpError) {
    sendJson(res, error.status, error.body, error.headers);
    return;
  }
  console.error(error);
  sendJson(res, 500, { error: 'server-error' });
}

/**
 * Runs a handler that looks a workshop up or checks a secret: while the address has spent its
 * failures it gets 429 without a look-up; a 404 or 401 spends one.
 */
async function guarded(call: Call, handler: Handler): Promise<void> {
  const { failure } = call.state.buckets;
  const wait = failure.wait(call.address);
  if (wait > 0) throw tooMany(wait);
  try {
    await handler(call);
  } catch (error) {
    if (error instanceof HttpError && (error.status === 404 || error.status === 401))
      failure.take(call.address);
    throw error;
  }
}

function tooMany(seconds: number): HttpError {
  return new HttpError(
    429,
    { error: 'too-many-requests', retryAfter: seconds },
    {
      'Retry-After': String(seconds),
    },
  );
}

function notFound(): HttpError {
  return new HttpError(404, { error: 'not-found' });
}

function unauthorised(): HttpError {
  return new HttpError(401, { error: 'unauthorised' }, { 'WWW-Authenticate': 'Bearer' });
}

function forbidden(message: string): HttpError {
  return new HttpError(403, { error: 'forbidden', message });
}

function closed(): HttpError {
  return new HttpError(409, { error: 'closed', message: 'the workshop is closed' });
}

/** The room a join code names. */
function roomByCode({ state, ref }: Call): Room {
  const code = normaliseCode(ref);
  const room = code === null ? undefined : state.byCode.get(code);
  if (!room) throw notFound();
  return room;
}

/** The room an id names. */
function roomById({ state, ref }: Call): Room {
  const room = state.rooms.get(ref);
  if (!room) throw notFound();
  return room;
}

/** The facilitator's room: 401 without the secret, 403 for a participant's token. */
function facilitatorRoom(call: Call): Room {
  const room = roomById(call);
  authoriseFacilitator(call, room);
  return room;
}

function authoriseFacilitator(call: Call, room: Room): void {
  const token = bearerToken(call.req);
  if (matchesHash(token, room.record.secretHash)) return;
  if (token !== null && room.participantWithToken(hashSecret(token)) !== undefined)
    throw forbidden('participants cannot read or change facilitator data');
  throw unauthorised();
}

/** The participant a token belongs to, who must be the one in the path (403 for another). */
function authoriseParticipant(call: Call, room: Room): ParticipantRecord {
  const token = bearerToken(call.req);
  const owner = token === null ? undefined : room.participantWithToken(hashSecret(token));
  if (owner === undefined) throw unauthorised();
  if (owner !== call.participantId) throw forbidden('a token acts only on its own participant');
  const wait = call.state.buckets.token.take(owner);
  if (wait > 0) throw tooMany(wait);
  return room.record.participants[owner] as ParticipantRecord;
}

function origin(call: Call): string {
  if (call.state.publicOrigin) return call.state.publicOrigin;
  const host = call.req.headers.host ?? '';
  return /^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9A-Fa-f:.]+\](:\d+)?$/.test(host)
    ? `http://${host}`
    : `http://${call.req.socket.localAddress ?? '127.0.0.1'}:${call.req.socket.localPort ?? ''}`;
}

function freeCode(state: ApiState): string {
  for (;;) {
    const code = newJoinCode();
    if (!state.byCode.has(code)) return code;
  }
}

function send(call: Call, status: number, body: unknown): void {
  sendJson(call.res, status, body);
}

async function createWorkshop(call: Call): Promise<void> {
  const body = await readJsonBody(call.req);
  const { state } = call;
  const id = newId();
  const code = freeCode(state);
  const secret = newSecret();
  const joinUrl = `${origin(call)}/join/?code=${code}`;
  const now = state.now();
  const created = createWorkshopRecord(body, state.model, {
    id,
    code,
    secretHash: hashSecret(secret),
    joinUrl,
    now,
  });
  if (!created.ok) throw invalid(created.problems);
  const room = new Room(await addWorkshop(state.dataDir, created.value), state.analyst);
  registerRoom(state, room);
  send(call, 201, { id, code, facilitatorSecret: secret, joinUrl });
}

function showWorkshop(call: Call): void {
  send(call, 200, publicWorkshop(roomByCode(call).record));
}

async function join(call: Call): Promise<void> {
  const room = roomByCode(call);
  if (room.record.state === 'closed') throw closed();
  const body = await readJsonBody(call.req);
  const token = newSecret();
  const now = call.state.now();
  const joined = joinParticipant(body, room.record, hashSecret(token), now);
  if (!joined.ok) throw invalid(joined.problems);
  const participantId = newId();
  room.addParticipant(participantId, joined.value);
  room.changed(now);
  await room.stored.saveParticipant(participantId);
  send(call, 201, { participantId, token });
}

function showParticipant(call: Call): void {
  const room = roomByCode(call);
  const participant = authoriseParticipant(call, room);
  send(call, 200, {
    participantId: call.participantId,
    revision: participant.revision,
    maturity: participant.answers.maturity,
    raci: participant.answers.raci,
    workshop: publicWorkshop(room.record),
  });
}

async function saveResponse(call: Call): Promise<void> {
  const started = performance.now();
  const room = roomByCode(call);
  const participant = authoriseParticipant(call, room);
  if (room.record.state === 'closed') throw closed();
  const answers = checkAnswers(await readJsonBody(call.req), room.record);
  if (!answers.ok) throw invalid(answers.problems);
  participant.answers = answers.value;
  participant.revision += 1;
  const revision = participant.revision;
  room.answered(call.participantId);
  room.changed(call.state.now());
  await room.stored.saveParticipant(call.participantId);
  send(call, 200, { saved: true, revision });
  trace('submit', { ms: performance.now() - started });
}

async function summary(call: Call): Promise<void> {
  sendJsonText(call.res, 200, await facilitatorRoom(call).facilitatorJson());
}

/** The stream of a room by id or code: the facilitator's, or a participant's after a reveal. */
async function events(call: Call): Promise<void> {
  const room =
    call.state.rooms.get(call.ref) ?? call.state.byCode.get(normaliseCode(call.ref) ?? '');
  if (!room) throw notFound();
  const token = bearerToken(call.req);
  if (matchesHash(token, room.record.secretHash)) {
    await room.follow(call.res, 'facilitator', call.state.headers);
    return;
  }
  if (token === null || room.participantWithToken(hashSecret(token)) === undefined)
    throw unauthorised();
  if (!room.record.revealed) throw forbidden('the room sees the answers once they are revealed');
  await room.follow(call.res, 'participant', call.state.headers);
}

function exportAssessment(call: Call): void {
  send(call, 200, roomAssessment(facilitatorRoom(call).record));
}

/** A facilitator's action that changes the room's state, answered with the new state. */
function setter(change: (record: Room['record']) => void): Handler {
  return async (call) => {
    const room = facilitatorRoom(call);
    change(room.record);
    await changedAndSaved(call, room);
  };
}

async function changedAndSaved(call: Call, room: Room): Promise<void> {
  room.changed(call.state.now());
  await room.stored.save();
  const { state, revealed, current } = room.record;
  send(call, 200, { state, revealed, current });
}

async function setCurrent(call: Call): Promise<void> {
  const room = facilitatorRoom(call);
  const body = await readJsonBody(call.req);
  const activity =
    typeof body === 'object' && body !== null
      ? (body as { activity?: unknown }).activity
      : undefined;
  if (
    activity !== null &&
    !(typeof activity === 'string' && room.record.plan.activities.includes(activity))
  )
    throw invalid([
      {
        path: 'activity',
        code: 'unknown-activity',
        message: 'must be one of the activities this workshop asks, or null',
      },
    ]);
  room.record.current = activity;
  await changedAndSaved(call, room);
}

// A workshop server in the test process on a loopback port with a fresh data directory, and the
// calls the tests make most.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { PublicWorkshop } from '../../domain/workshop/room/views';
import { DEFAULT_LIMITS, type RateLimits } from '../config';
import { startWorkshopServer, type RunningWorkshopServer } from '../server';
import { call, workshopBody } from './http-client';

/** A created workshop as the facilitator knows it. */
export interface Created {
  id: string;
  code: string;
  facilitatorSecret: string;
  joinUrl: string;
}

/** A joined participant. */
export interface Joined {
  participantId: string;
  token: string;
}

/** Limits no test reaches unless it means to. */
export const ROOMY_LIMITS: RateLimits = {
  address: { burst: 100_000, perSecond: 100_000 },
  failure: { burst: 1000, perSecond: 1000 },
  token: { burst: 1000, perSecond: 1000 },
};

/** A temporary data directory, removed by the returned function. */
export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(joinPath(tmpdir(), 'ccm-workshop-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Starts a server on a data directory (default limits unless given). */
export function serve(
  dataDir: string,
  limits: RateLimits = DEFAULT_LIMITS,
): Promise<RunningWorkshopServer> {
  return startWorkshopServer({ dataDir, limits, report: () => undefined });
}

/** Creates a workshop from the bank example with a plan. */
export async function create(base: string, plan: Record<string, unknown> = {}): Promise<Created> {
  const answer = await call<Created>(base, 'POST', '/api/workshops', { body: workshopBody(plan) });
  if (answer.status !== 201) throw new Error(`create answered ${answer.status}: ${answer.text}`);
  return answer.body;
}

/** Joins a workshop. */
export async function join(
  base: string,
  code: string,
  body: Record<string, unknown> = {},
): Promise<Joined> {
  const answer = await call<Joined>(base, 'POST', `/api/workshops/${code}/participants`, { body });
  if (answer.status !== 201) throw new Error(`join answered ${answer.status}: ${answer.text}`);
  return answer.body;
}

/** What a participant sees of the workshop. */
export async function lookUp(base: string, code: string): Promise<PublicWorkshop> {
  return (await call<PublicWorkshop>(base, 'GET', `/api/workshops/${code}`)).body;
}

/** Submits a participant's whole response. */
export function submit(base: string, code: string, who: Joined, body: unknown, token = who.token) {
  return call<{ saved: boolean; revision: number }>(
    base,
    'PUT',
    `/api/workshops/${code}/participants/${who.participantId}/response`,
    { body, token },
  );
}

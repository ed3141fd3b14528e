// A small HTTP client and workshop fixtures for the server's tests, crash test and load benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import type { PublicWorkshop } from '../../domain/workshop/room/views';
import type { ResponseAnswers } from '../../domain/workshop/room/record';
import { TRACE_PREFIX } from '../trace';

/** An answer: status, headers, body (parsed when JSON) and how long it took. */
export interface Answer<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: T;
  text: string;
  ms: number;
}

/** Options of one call. */
export interface CallOptions {
  body?: unknown;
  /** Sent as is (e.g. not JSON, or too large). */
  raw?: string | Buffer;
  token?: string;
  agent?: Agent;
}

/** One HTTP request; resolves with the answer, whatever its status. */
export function call<T = Record<string, unknown>>(
  base: string,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Answer<T>> {
  const payload =
    options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      {
        method,
        ...(options.agent ? { agent: options.agent } : {}),
        headers: {
          ...(payload === undefined
            ? {}
            : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) }),
          ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const json = (res.headers['content-type'] ?? '').startsWith('application/json');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: (json && text ? JSON.parse(text) : text) as T,
            text,
            ms: performance.now() - started,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** The bank example as a POST /api/workshops body: profile and teams, and the given plan. */
export function workshopBody(plan: Record<string, unknown> = {}): Record<string, unknown> {
  const { responses: _responses, ...assessment } = JSON.parse(
    readFileSync('examples/bank-fragmented.json', 'utf8'),
  ) as Record<string, unknown>;
  return { ...assessment, workshop: plan };
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
}

/**
 * A full response to a workshop, as a room answers: per activity most name one likely team, some
 * a second or third, a few "don't know"; maturity levels around 2–3.
 */
export function fullAnswers(workshop: PublicWorkshop, seed: number): ResponseAnswers {
  const next = random(seed);
  const teams = workshop.teams.map((t) => t.id);
  const raci: ResponseAnswers['raci'] = {};
  workshop.plan.activities.forEach((activity, i) => {
    const roll = next();
    const pick = roll < 0.6 ? 0 : roll < 0.85 ? 1 : roll < 0.95 ? 2 : -1;
    const team = teams[(i * 5 + pick) % teams.length] ?? 'it';
    raci[activity] = pick < 0 ? 'unknown' : { [team]: 'A' };
  });
  const maturity: ResponseAnswers['maturity'] = {};
  for (const question of workshop.plan.questions)
    maturity[question] = (1 + Math.min(4, Math.floor(next() * 2.5 + next() * 2.5))) as 1;
  return { maturity, raci };
}

/** A workshop server in a child process (scripts/workshop-api.ts). */
export interface ChildServer {
  url: string;
  child: ChildProcess;
  /** Resolves when the process has ended. */
  exited: Promise<void>;
  /** The trace lines the server wrote (with WORKSHOP_TRACE set), parsed. */
  traces: Record<string, number | string>[];
}

/** Starts the server as a child process on a free loopback port; resolves once it listens. */
export function startChildServer(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ChildServer> {
  // Node itself with tsx's loader, not the tsx command (which runs the script in a grandchild
  // process that a SIGKILL to the command would not reach).
  const args = [
    '--import',
    'tsx',
    ...(process.env['WORKSHOP_CPU_PROFILE']
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env['WORKSHOP_CPU_PROFILE']}`]
      : []),
  ];
  const child = spawn(
    process.execPath,
    [...args, 'scripts/workshop-api.ts', '--port', '0', '--data', dataDir],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const traces: ChildServer['traces'] = [];
  let errors = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    errors += chunk;
    const lines = errors.split('\n');
    errors = lines.pop() ?? '';
    for (const line of lines)
      if (line.startsWith(TRACE_PREFIX)) traces.push(JSON.parse(line.slice(TRACE_PREFIX.length)));
      else process.stderr.write(`${line}\n`);
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      out += chunk;
      const url = /workshop server on (http:\/\/\S+?)\/\s/.exec(out)?.[1];
      if (url) resolve({ url, child, exited, traces });
    });
    child.once('exit', (code) => reject(new Error(`the server ended (${code}) before listening`)));
  });
}

/** Rate limits that a load from one loopback address never reaches. */
export const UNLIMITED: Record<string, string> = Object.fromEntries(
  ['ADDRESS', 'FAILURE', 'TOKEN'].flatMap((kind) => [
    [`WORKSHOP_LIMIT_${kind}_BURST`, '1000000000'],
    [`WORKSHOP_LIMIT_${kind}_PER_SECOND`, '1000000000'],
  ]),
);

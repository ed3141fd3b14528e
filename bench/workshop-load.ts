/**
 * Load benchmark of the workshop server: the server in a child process on loopback with a fresh
 * data directory; 2,000 participants join, the facilitator reveals (so participants may stream),
 * every participant follows the room by server-sent events (the 2,001 screens in a process of
 * their own, workshop-screens.ts, as real screens are on devices of their own), then each submits
 * a full response.
 * Prints submit latency (p50/p95/p99), the time until every connected screen shows every answer,
 * one change in a quiet room until every screen has it, and acknowledged versus stored answers
 * (read from the workshop's file after the server is killed with SIGKILL).
 * Goals: submit p95 < 50 ms, updates to all < 250 ms, 0 lost. Rate limits are lifted (env).
 */
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { Agent } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse } from '../src/domain/analyse';
import { readWorkshopRecord } from '../src/domain/workshop/room/record';
import { roomAssessment, type PublicWorkshop } from '../src/domain/workshop/room/views';
import { loadModel } from '../src/lib/model/load-model';
import { openStore } from '../src/server/store';
import {
  call,
  fullAnswers,
  startChildServer,
  UNLIMITED,
  workshopBody,
} from '../src/server/testing/http-client';

const PARTICIPANTS = Number(process.env['BENCH_PARTICIPANTS'] ?? 2000);
/**
 * The submits arrive over this window, each participant at its own moment (open loop: a phone
 * does not wait for another's answer); 2,000 over 5 s is 400 a second.
 */
const WINDOW_MS = Number(process.env['BENCH_WINDOW_MS'] ?? 5000);
/** Sockets for requests (each stream has its own besides). */
const CONCURRENCY = 200;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Now, in epoch milliseconds: comparable with the screens' process. */
const now = (): number => performance.timeOrigin + performance.now();

/** The screens' process: asks it a question and waits for its answer. */
interface Screens {
  ask(type: 'quiet' | 'finished' | 'quiet-seen'): Promise<{ at: number }>;
  close(): void;
}

/** Starts the screens' process (workshop-screens.ts) and waits until every screen is caught up. */
function startScreens(setup: {
  url: string;
  code: string;
  tokens: string[];
  participants: number;
}): Promise<Screens> {
  const child = fork(new URL('./workshop-screens.ts', import.meta.url), [], {
    execArgv: ['--import', 'tsx'],
  });
  const next = (): Promise<{ type: string; at: number; message?: string }> =>
    new Promise((answer, fail) => {
      child.once('message', (m: { type: string; at: number; message?: string }) =>
        m.type === 'error' ? fail(new Error(m.message)) : answer(m),
      );
    });
  const screens: Screens = {
    async ask(type) {
      const answer = next();
      child.send({ type });
      return answer;
    },
    close: () => {
      child.send({ type: 'close' });
      setTimeout(() => child.kill('SIGKILL'), 1000).unref();
    },
  };
  const ready = next();
  child.send(setup);
  return ready.then(() => screens);
}

async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: size }, worker));
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

/** CPU time a process has used so far, all threads (Linux), in ms; NaN elsewhere. */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** The server's own account (WORKSHOP_TRACE): analyses, broadcasts and file writes. */
function serverSide(traces: Record<string, number | string>[]): string {
  const of = (kind: string, key: string) =>
    traces
      .filter((t) => t['kind'] === kind)
      .map((t) => Number(t[key]))
      .sort((a, b) => a - b);
  const line = (kind: string, key: string, unit: (n: number) => string) => {
    const values = of(kind, key);
    return `${unit(percentile(values, 50))} median, ${unit(percentile(values, 95))} p95`;
  };
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return [
    `server: ${of('analysis', 'ms').length} analyses (${line('analysis', 'ms', ms)}; ${line('analysis', 'bytes', kb)} of JSON)`,
    `        ${of('broadcast', 'ms').length} broadcasts (writing to every stream ${line('broadcast', 'ms', ms)}; participant event ${line('broadcast', 'participantBytes', kb)})`,
    `        ${of('submit', 'ms').length} submits handled (from reading the request to answering: ${line('submit', 'ms', ms)})`,
    `        ${of('journal', 'ms').length} journal appends (${line('journal', 'ms', ms)})`,
    `        ${of('write', 'ms').length} file writes (${line('write', 'ms', ms)}; ${line('write', 'bytes', kb)}; ${line('write', 'saves', String)} saves each)`,
  ].join('\n');
}

/** Where the time goes: one analysis of the stored room, and one atomic write of its file. */
async function diagnose(text: string, dataDir: string): Promise<void> {
  const parsed = readWorkshopRecord(JSON.parse(text));
  if (!parsed.success) throw new Error('the stored workshop does not read back');
  const model = loadModel();
  const analyses: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    analyse(model, roomAssessment(parsed.output));
    analyses.push(performance.now() - started);
  }
  const writes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    await writeFile(join(dataDir, '.probe.tmp'), JSON.stringify(parsed.output));
    await rename(join(dataDir, '.probe.tmp'), join(dataDir, 'probe.json'));
    writes.push(performance.now() - started);
  }
  analyses.sort((a, b) => a - b);
  writes.sort((a, b) => a - b);
  console.log(
    `where the time goes: one analysis of the room ${ms(percentile(analyses, 50))} (median of 5, in the worker); serialising and writing the file (steno's temp file + rename) p50 ${ms(percentile(writes, 50))}, p95 ${ms(percentile(writes, 95))}`,
  );
}

/** Runs the load and prints its numbers. */
export async function runWorkshopLoadBenchmark(): Promise<void> {
  // BENCH_DATA_PARENT puts the data elsewhere (e.g. a memory file system, to tell disk from CPU).
  const parent = process.env['BENCH_DATA_PARENT'] ?? tmpdir();
  const dataDir = mkdtempSync(join(parent, 'ccm-workshop-load-'));
  const server = await startChildServer(dataDir, { ...UNLIMITED, WORKSHOP_TRACE: '1' });
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  let screens: Screens | undefined;
  try {
    const created = await call<{ id: string; code: string; facilitatorSecret: string }>(
      server.url,
      'POST',
      '/api/workshops',
      { body: workshopBody(), agent },
    );
    const { id, code, facilitatorSecret } = created.body;
    const workshop = (await call<PublicWorkshop>(server.url, 'GET', `/api/workshops/${code}`)).body;
    console.log(
      `${PARTICIPANTS} participants; ${workshop.plan.activities.length} activities and ${workshop.plan.questions.length} questions each`,
    );

    const people: { participantId: string; token: string }[] = [];
    const joinStart = performance.now();
    await pool([...Array(PARTICIPANTS).keys()], 50, async (i) => {
      const joined = await call<{ participantId: string; token: string }>(
        server.url,
        'POST',
        `/api/workshops/${code}/participants`,
        { body: { role: ['leadership', 'management', 'staff'][i % 3] }, agent },
      );
      if (joined.status !== 201) throw new Error(`join answered ${joined.status}`);
      people[i] = joined.body;
    });
    console.log(`joined in ${ms(performance.now() - joinStart)}`);
    await call(server.url, 'POST', `/api/workshops/${id}/reveal`, {
      token: facilitatorSecret,
      agent,
    });

    // Every screen follows the room from a process of its own (see workshop-screens.ts).
    const connectStart = performance.now();
    const tokens = [facilitatorSecret, ...people.map((p) => p.token)];
    screens = await startScreens({
      url: server.url,
      code,
      tokens,
      participants: PARTICIPANTS,
    });
    console.log(
      `${tokens.length} screens (in a process of their own) connected and caught up in ${ms(performance.now() - connectStart)}`,
    );

    const latencies: number[] = [];
    const acknowledged = new Map<string, number>();
    const submitStart = performance.now();
    const cpuBefore = cpuMs(server.child.pid);
    const clientBefore = process.cpuUsage();
    let lastAck = 0;
    await Promise.all(
      people.map(async (person, i) => {
        await new Promise((wait) => setTimeout(wait, (i / PARTICIPANTS) * WINDOW_MS));
        const answer = await call<{ saved: boolean; revision: number }>(
          server.url,
          'PUT',
          `/api/workshops/${code}/participants/${person.participantId}/response`,
          { body: fullAnswers(workshop, i + 1), token: person.token, agent },
        );
        if (answer.status !== 200)
          throw new Error(`submit answered ${answer.status}: ${answer.text}`);
        latencies.push(answer.ms);
        acknowledged.set(person.participantId, answer.body.revision);
        lastAck = now();
      }),
    );
    const submitted = performance.now() - submitStart;
    const everyone = (await screens.ask('finished')).at;
    const serverCpu = cpuMs(server.child.pid) - cpuBefore;
    const client = process.cpuUsage(clientBefore);
    const clientCpu = (client.user + client.system) / 1000;
    latencies.sort((a, b) => a - b);
    console.log(
      `submits: ${latencies.length} arriving over ${WINDOW_MS} ms, done in ${ms(submitted)}; latency p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies.at(-1) ?? NaN)}`,
    );
    console.log(
      `server CPU (all threads) while submitting and updating: ${ms(serverCpu)}, ${ms(serverCpu / PARTICIPANTS)} a submit (the load's own process: ${ms(clientCpu)}); load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} on ${availableParallelism()} cores`,
    );
    console.log(
      `every screen shows every answer ${ms(everyone - lastAck)} after the last acknowledgement`,
    );

    // One change in a quiet room: how long until every screen has it.
    await new Promise((wait) => setTimeout(wait, 500));
    await screens.ask('quiet');
    const person = people[0] as { participantId: string; token: string };
    const quietStart = now();
    const changed = await call<{ revision: number }>(
      server.url,
      'PUT',
      `/api/workshops/${code}/participants/${person.participantId}/response`,
      { body: fullAnswers(workshop, 999_999), token: person.token, agent },
    );
    acknowledged.set(person.participantId, changed.body.revision);
    const quiet = (await screens.ask('quiet-seen')).at;
    console.log(
      `one change in a quiet room reaches all ${tokens.length} screens in ${ms(quiet - quietStart)} (submit ${ms(changed.ms)})`,
    );

    server.child.kill(process.env['WORKSHOP_CPU_PROFILE'] ? 'SIGTERM' : 'SIGKILL');
    await server.exited;
    // What a restarted server reads: the workshop's file and its journal replayed.
    const journals = readdirSync(dataDir).filter((n) => n.includes('.journal-')).length;
    const opened = await openStore(dataDir);
    const stored = opened.workshops.find((w) => w.record.id === id)?.record.participants ?? {};
    const text = readFileSync(join(dataDir, `${id}.json`), 'utf8');
    const kept = [...acknowledged].filter(
      ([pid, revision]) => (stored[pid]?.revision ?? 0) >= revision,
    ).length;
    console.log(
      `acknowledged ${acknowledged.size}, stored ${kept}, lost ${acknowledged.size - kept} (read as a restart would after SIGKILL: the file and ${journals} journal files; file ${(text.length / 1e6).toFixed(1)} MB)`,
    );
    await diagnose(text, dataDir);
    console.log(serverSide(server.traces));
  } finally {
    screens?.close();
    agent.destroy();
    server.child.kill('SIGKILL');
    await server.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

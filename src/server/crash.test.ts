import { readFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkshopRecord, type ResponseAnswers } from '../domain/workshop/room/record';
import type { PublicWorkshop } from '../domain/workshop/room/views';
import {
  call,
  fullAnswers,
  startChildServer,
  UNLIMITED,
  workshopBody,
} from './testing/http-client';
import { tempDataDir } from './testing/test-server';

const data = tempDataDir();
afterAll(() => data.remove());

const PARTICIPANTS = 60;
const RUN_MS = 1500;

describe('a server killed with SIGKILL while a room submits', () => {
  it('leaves a store that parses and holds every acknowledged answer, and resumes on restart', async () => {
    const first = await startChildServer(data.dir, UNLIMITED);
    const agent = new Agent({ keepAlive: true, maxSockets: 32 });
    const created = await call<{ id: string; code: string; facilitatorSecret: string }>(
      first.url,
      'POST',
      '/api/workshops',
      { body: workshopBody(), agent },
    );
    const { id, code } = created.body;
    const workshop = (await call<PublicWorkshop>(first.url, 'GET', `/api/workshops/${code}`)).body;
    const people = await Promise.all(
      Array.from(
        { length: PARTICIPANTS },
        async () =>
          (
            await call<{ participantId: string; token: string }>(
              first.url,
              'POST',
              `/api/workshops/${code}/participants`,
              { body: {}, agent },
            )
          ).body,
      ),
    );

    // Each participant keeps changing their answers; what the server acknowledged is noted.
    const acknowledged = new Map<string, { revision: number; answers: ResponseAnswers }>();
    let killed = false;
    const submitters = people.map(async (person, i) => {
      for (let round = 0; !killed; round++) {
        const answers = fullAnswers(workshop, i * 1000 + round);
        try {
          const answer = await call<{ revision: number }>(
            first.url,
            'PUT',
            `/api/workshops/${code}/participants/${person.participantId}/response`,
            { body: answers, token: person.token, agent },
          );
          if (answer.status === 200)
            acknowledged.set(person.participantId, { revision: answer.body.revision, answers });
        } catch {
          return; // the connection died with the server: not acknowledged
        }
      }
    });
    await new Promise((wait) => setTimeout(wait, RUN_MS));
    first.child.kill('SIGKILL');
    killed = true;
    await first.exited;
    await Promise.all(submitters);
    agent.destroy();

    // The file as the crash left it reads; the answers since its last write are in the journal.
    const onDisk = readWorkshopRecord(JSON.parse(readFileSync(`${data.dir}/${id}.json`, 'utf8')));
    expect(onDisk.success).toBe(true);
    expect(acknowledged.size).toBe(PARTICIPANTS);

    // A new server on the same directory has every acknowledged answer, and writes them all back.
    const second = await startChildServer(data.dir, UNLIMITED);
    try {
      for (const person of people) {
        const mine = await call<{ revision: number } & ResponseAnswers>(
          second.url,
          'GET',
          `/api/workshops/${code}/participants/${person.participantId}`,
          { token: person.token },
        );
        const acked = acknowledged.get(person.participantId);
        expect(mine.body.revision).toBeGreaterThanOrEqual(acked?.revision ?? 0);
        if (mine.body.revision === acked?.revision)
          expect({ maturity: mine.body.maturity, raci: mine.body.raci }).toEqual(acked.answers);
      }
    } finally {
      second.child.kill('SIGKILL');
      await second.exited;
    }
    const folded = readWorkshopRecord(JSON.parse(readFileSync(`${data.dir}/${id}.json`, 'utf8')));
    expect(folded.success).toBe(true);
    if (folded.success)
      for (const [participantId, { revision }] of acknowledged)
        expect(folded.output.participants[participantId]?.revision).toBeGreaterThanOrEqual(
          revision,
        );
    console.log(
      `crash test: ${[...acknowledged.values()].reduce((n, a) => n + a.revision, 0)} submits acknowledged before SIGKILL, all present after restart`,
    );
  }, 20_000);
});

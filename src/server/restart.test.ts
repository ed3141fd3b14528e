import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  serve,
  create,
  join,
  lookUp,
  ROOMY_LIMITS,
  submit,
  tempDataDir,
} from './testing/test-server';
import { call, fullAnswers } from './testing/http-client';

const data = tempDataDir();
afterAll(() => data.remove());

describe('restarting the server', () => {
  it('resumes every workshop with its answers, tokens and secret', async () => {
    const first = await serve(data.dir, ROOMY_LIMITS);
    const room = await create(first.url);
    const workshop = await lookUp(first.url, room.code);
    const me = await join(first.url, room.code, { name: 'Rana' });
    const answers = fullAnswers(workshop, 3);
    await submit(first.url, room.code, me, answers);
    await first.close();

    const second = await serve(data.dir, ROOMY_LIMITS);
    try {
      const mine = await call(
        second.url,
        'GET',
        `/api/workshops/${room.code}/participants/${me.participantId}`,
        {
          token: me.token,
        },
      );
      expect(mine.body).toMatchObject({ revision: 1, ...answers });
      expect((await submit(second.url, room.code, me, answers)).body).toEqual({
        saved: true,
        revision: 2,
      });
      const summary = await call(second.url, 'GET', `/api/workshops/${room.id}/summary`, {
        token: room.facilitatorSecret,
      });
      expect(summary.body).toMatchObject({ participants: 1, finished: 1 });
    } finally {
      await second.close();
    }
  });

  it('reports a damaged file, leaves it as it was, and still serves the others', async () => {
    const damaged = joinPath(data.dir, 'broken-workshop-file.json');
    const wrongShape = joinPath(data.dir, 'AAAAAAAAAAAAAAAAAAAAAA.json');
    writeFileSync(damaged, '{"storageVersion":1,"id":');
    writeFileSync(wrongShape, JSON.stringify({ storageVersion: 1, participants: 'everyone' }));
    const lines: string[] = [];
    const { startWorkshopServer } = await import('./server');
    const running = await startWorkshopServer({
      dataDir: data.dir,
      limits: ROOMY_LIMITS,
      report: (l) => lines.push(l),
    });
    try {
      expect(running.damaged.map((d) => d.file).sort()).toEqual([
        'AAAAAAAAAAAAAAAAAAAAAA.json',
        'broken-workshop-file.json',
      ]);
      expect(lines.join('\n')).toContain('broken-workshop-file.json');
      expect(running.state.rooms.size).toBe(1);
    } finally {
      await running.close();
    }
    expect(readFileSync(damaged, 'utf8')).toBe('{"storageVersion":1,"id":');
    expect(existsSync(wrongShape)).toBe(true);
  });
});

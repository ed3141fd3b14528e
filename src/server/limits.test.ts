import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RunningWorkshopServer } from './server';
import { call } from './testing/http-client';
import { create, join, ROOMY_LIMITS, serve, submit, tempDataDir } from './testing/test-server';

let running: RunningWorkshopServer | null = null;
const data = tempDataDir();
afterAll(() => data.remove());
afterEach(async () => {
  await running?.close();
  running = null;
});

describe('rate limits', () => {
  it('answers a flood from one token with 429 and Retry-After', async () => {
    running = await serve(data.dir, { ...ROOMY_LIMITS, token: { burst: 5, perSecond: 0.5 } });
    const room = await create(running.url);
    const me = await join(running.url, room.code);
    const statuses: number[] = [];
    let retryAfter: unknown;
    for (let i = 0; i < 8; i++) {
      const answer = await submit(running.url, room.code, me, {});
      statuses.push(answer.status);
      retryAfter ??= answer.headers['retry-after'];
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    // Another participant's token has its own bucket.
    expect(
      (await submit(running.url, room.code, await join(running.url, room.code), {})).status,
    ).toBe(200);
  });

  it('limits failed code look-ups per address far more strictly than joining', async () => {
    running = await serve(data.dir, { ...ROOMY_LIMITS, failure: { burst: 3, perSecond: 0.01 } });
    const room = await create(running.url);
    const guesses = [];
    for (let i = 0; i < 5; i++)
      guesses.push((await call(running.url, 'GET', `/api/workshops/ZZZZZZZ${i + 2}`)).status);
    expect(guesses).toEqual([404, 404, 404, 429, 429]);
    // Once the failures are spent, even the right code waits: guessing cannot go on.
    const right = await call(running.url, 'GET', `/api/workshops/${room.code}`);
    expect(right.status).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(1);
  });

  it('lets a few hundred phones behind one address join at once with the default limits', async () => {
    running = await serve(data.dir);
    const room = await create(running.url);
    const joins = await Promise.all(
      Array.from({ length: 300 }, () =>
        call(running?.url ?? '', 'POST', `/api/workshops/${room.code}/participants`, { body: {} }),
      ),
    );
    expect(joins.filter((a) => a.status === 201)).toHaveLength(300);
  });

  it('answers a flood from one address with 429 past its burst', async () => {
    running = await serve(data.dir, { ...ROOMY_LIMITS, address: { burst: 10, perSecond: 0.1 } });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push((await call(running.url, 'GET', '/api/workshops/ABCDEFGH')).status);
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});

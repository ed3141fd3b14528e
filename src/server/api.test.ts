import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../domain/analysis';
import type { PublicWorkshop } from '../domain/workshop/room/views';
import type { RunningWorkshopServer } from './server';
import { openEventStream } from './testing/event-stream';
import { call, fullAnswers, workshopBody } from './testing/http-client';
import {
  create,
  join,
  lookUp,
  ROOMY_LIMITS,
  serve,
  submit,
  tempDataDir,
  type Created,
} from './testing/test-server';

const data = tempDataDir();
let server: RunningWorkshopServer;
let base: string;

beforeAll(async () => {
  server = await serve(data.dir, ROOMY_LIMITS);
  base = server.url;
});
afterAll(async () => {
  await server.close();
  data.remove();
});

const fileOf = (id: string) => readFileSync(`${data.dir}/${id}.json`, 'utf8');

describe('the happy path', () => {
  let room: Created;
  let workshop: PublicWorkshop;
  beforeAll(async () => {
    room = await create(base);
    workshop = await lookUp(base, room.code);
  });

  it('creates a workshop with an id, an eight-character code, a secret and a join link', () => {
    expect(room.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTWXYZ]{8}$/);
    expect(room.joinUrl).toBe(`${base}/join/?code=${room.code}`);
    expect(room.facilitatorSecret.length).toBeGreaterThanOrEqual(40);
  });

  it('shows anyone with the code what to answer, but never the id or the secret', async () => {
    const answer = await call(base, 'GET', `/api/workshops/${room.code.toLowerCase()}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      code: room.code,
      organisation: { name: 'Wadi Retail Bank' },
      state: 'open',
      revealed: false,
      current: null,
      plan: { letters: 'accountable', pace: 'self-paced', anonymous: false },
    });
    expect(workshop.plan.questions).toContain('ownership.owner');
    expect(workshop.plan.activities.length).toBeGreaterThan(20);
    expect(answer.text).not.toContain(room.id);
    expect(answer.text).not.toContain(room.facilitatorSecret);
  });

  it('lets a participant join, submit, and read their own answers back', async () => {
    const me = await join(base, room.code, { name: 'Huda', team: 'it', role: 'staff' });
    const answers = fullAnswers(workshop, 1);
    expect((await submit(base, room.code, me, answers)).body).toEqual({ saved: true, revision: 1 });
    expect((await submit(base, room.code, me, answers)).body).toEqual({ saved: true, revision: 2 });
    const mine = await call(
      base,
      'GET',
      `/api/workshops/${room.code}/participants/${me.participantId}`,
      {
        token: me.token,
      },
    );
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ participantId: me.participantId, revision: 2, ...answers });
    expect(mine.body['workshop']).toEqual(await lookUp(base, room.code));
  });

  it('gives the facilitator the summary with the analysis of the answers so far', async () => {
    const answer = await call<{ participants: number; finished: number; analysis: Analysis }>(
      base,
      'GET',
      `/api/workshops/${room.id}/summary`,
      { token: room.facilitatorSecret },
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      participants: 1,
      finished: 1,
      state: 'open',
      code: room.code,
    });
    expect(answer.body.analysis.workshop?.participants).toBe(1);
  });

  it('exports the assessment with the responses, names kept when not anonymous', async () => {
    const answer = await call<{ format: string; responses: { name?: string; team?: string }[] }>(
      base,
      'GET',
      `/api/workshops/${room.id}/assessment`,
      { token: room.facilitatorSecret },
    );
    expect(answer.status).toBe(200);
    expect(answer.body.format).toBe('ccm-assessment');
    expect(answer.body.responses).toMatchObject([{ name: 'Huda', team: 'it', role: 'staff' }]);
  });

  it('reveals, hides, sets the current activity, closes and reopens', async () => {
    const post = (action: string, body?: unknown) =>
      call(base, 'POST', `/api/workshops/${room.id}/${action}`, {
        token: room.facilitatorSecret,
        body,
      });
    expect((await post('reveal')).body).toEqual({ state: 'open', revealed: true, current: null });
    expect((await post('hide')).body).toMatchObject({ revealed: false });
    const activity = workshop.plan.activities[0];
    expect((await post('current', { activity })).body).toMatchObject({ current: activity });
    expect((await post('current', { activity: 'nowhere.at-all' })).status).toBe(400);
    expect((await post('close')).body).toMatchObject({ state: 'closed' });
    expect((await lookUp(base, room.code)).state).toBe('closed');
    expect(
      (await call(base, 'POST', `/api/workshops/${room.code}/participants`, { body: {} })).status,
    ).toBe(409);
    expect((await post('reopen')).body).toMatchObject({ state: 'open' });
  });
});

describe('refusals', () => {
  let room: Created;
  let workshop: PublicWorkshop;
  beforeAll(async () => {
    room = await create(base);
    workshop = await lookUp(base, room.code);
  });

  it('answers an unknown code or id with 404', async () => {
    expect((await call(base, 'GET', '/api/workshops/ZZZZZZZZ')).status).toBe(404);
    expect((await call(base, 'GET', '/api/workshops/nope/summary', { token: 'x' })).status).toBe(
      404,
    );
  });

  it('refuses the summary without the facilitator secret (401) and to a participant (403)', async () => {
    const path = `/api/workshops/${room.id}/summary`;
    const none = await call(base, 'GET', path);
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect((await call(base, 'GET', path, { token: 'wrong-secret' })).status).toBe(401);
    const someone = await join(base, room.code);
    expect((await call(base, 'GET', path, { token: someone.token })).status).toBe(403);
    expect(
      (await call(base, 'GET', `/api/workshops/${room.id}/assessment`, { token: someone.token }))
        .status,
    ).toBe(403);
    expect(
      (await call(base, 'POST', `/api/workshops/${room.id}/reveal`, { token: someone.token }))
        .status,
    ).toBe(403);
  });

  it('lets a token change only its own response: another participant’s token gets 403', async () => {
    const alice = await join(base, room.code);
    const bob = await join(base, room.code);
    expect((await submit(base, room.code, alice, {}, bob.token)).status).toBe(403);
    expect((await submit(base, room.code, alice, {}, 'not-a-token')).status).toBe(401);
    const read = await call(
      base,
      'GET',
      `/api/workshops/${room.code}/participants/${alice.participantId}`,
      {
        token: bob.token,
      },
    );
    expect(read.status).toBe(403);
  });

  it('refuses a body over 64 KB with 413', async () => {
    const me = await join(base, room.code);
    const huge = JSON.stringify({ maturity: {}, raci: {}, padding: 'x'.repeat(70 * 1024) });
    const answer = await call(
      base,
      'PUT',
      `/api/workshops/${room.code}/participants/${me.participantId}/response`,
      {
        raw: huge,
        token: me.token,
      },
    );
    expect(answer.status).toBe(413);
  });

  it('refuses a body that is not JSON, or answers the plan does not ask, with 400 and problems', async () => {
    const me = await join(base, room.code);
    const path = `/api/workshops/${room.code}/participants/${me.participantId}/response`;
    const broken = await call<{ problems: { path: string; message: string }[] }>(
      base,
      'PUT',
      path,
      {
        raw: '{"maturity":',
        token: me.token,
      },
    );
    expect(broken.status).toBe(400);
    expect(broken.body.problems[0]).toMatchObject({
      path: '',
      message: expect.stringContaining('JSON'),
    });
    const wrong = await submit(base, room.code, me, {
      maturity: { 'ownership.owner': 9 },
      raci: { [workshop.plan.activities[0] ?? '']: { nobody: 'A' } },
    });
    expect(wrong.status).toBe(400);
    expect(
      (wrong.body as unknown as { problems: { path: string }[] }).problems.map((p) => p.path),
    ).toEqual(['maturity["ownership.owner"]']);
    const unasked = await submit(base, room.code, me, { raci: { 'no.such': 'unknown' } });
    expect(unasked.status).toBe(400);
  });

  it('refuses a workshop body that is not an assessment with 400 and problems', async () => {
    const answer = await call<{ problems: { path: string }[] }>(base, 'POST', '/api/workshops', {
      body: { ...workshopBody(), period: 'last year', workshop: { pace: 'fast' } },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['period']));
  });

  it('stores a name with script tags as it was typed and returns it only as JSON text', async () => {
    const name = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const me = await join(base, room.code, { name });
    await submit(base, room.code, me, {});
    const answer = await call<{ responses: { participant: string; name?: string }[] }>(
      base,
      'GET',
      `/api/workshops/${room.id}/assessment`,
      { token: room.facilitatorSecret },
    );
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.body.responses.find((r) => r.participant === me.participantId)?.name).toBe(name);
  });

  it('never sends the facilitator secret in anything a participant receives', async () => {
    const me = await join(base, room.code);
    const texts = [
      (await call(base, 'GET', `/api/workshops/${room.code}`)).text,
      (
        await call(base, 'GET', `/api/workshops/${room.code}/participants/${me.participantId}`, {
          token: me.token,
        })
      ).text,
      (await submit(base, room.code, me, {})).text,
    ];
    for (const text of texts) expect(text).not.toContain(room.facilitatorSecret);
    expect(fileOf(room.id)).not.toContain(room.facilitatorSecret);
    expect(fileOf(room.id)).not.toContain(me.token);
  });

  it('answers an unknown path with 404 and a wrong method with 405', async () => {
    expect((await call(base, 'GET', `/api/workshops/${room.id}/nothing`)).status).toBe(404);
    const wrong = await call(base, 'DELETE', `/api/workshops/${room.id}/summary`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers['allow']).toBe('GET');
  });
});

describe('an anonymous workshop', () => {
  it('stores no name, neither in its file nor in the export', async () => {
    const room = await create(base, { anonymous: true });
    const me = await join(base, room.code, {
      name: 'Very Identifiable Person',
      role: 'leadership',
    });
    await submit(base, room.code, me, {});
    expect(fileOf(room.id)).not.toContain('Very Identifiable Person');
    const exported = await call(base, 'GET', `/api/workshops/${room.id}/assessment`, {
      token: room.facilitatorSecret,
    });
    expect(exported.text).not.toContain('Very Identifiable Person');
    expect(exported.body).toMatchObject({
      responses: [{ participant: me.participantId, role: 'leadership' }],
    });
  });
});

describe('a 2/2/1 split on one activity', () => {
  it('shows agreement 0.4 and a perception gap in the summary', async () => {
    const room = await create(base, { activities: ['data.source'], questions: [] });
    const names = ['it', 'it', 'data', 'data', 'operations'];
    for (const team of names)
      await submit(base, room.code, await join(base, room.code), {
        raci: { 'data.source': { [team]: 'A' } },
      });
    const summary = await call<{ finished: number; analysis: Analysis }>(
      base,
      'GET',
      `/api/workshops/${room.id}/summary`,
      { token: room.facilitatorSecret },
    );
    expect(summary.body.finished).toBe(5);
    expect(summary.body.analysis.activities['data.source']?.agreement).toBeCloseTo(0.4);
    expect(summary.body.analysis.activities['data.source']?.flags).toContain('perception-gap');
    expect(summary.body.analysis.workshop?.activities['data.source']?.tied).toBe(true);
  });
});

describe('server-sent events', () => {
  it('refuses a participant before the reveal and sends only aggregates after it', async () => {
    const room = await create(base);
    const workshop = await lookUp(base, room.code);
    const me = await join(base, room.code, { name: 'Salim' });
    await submit(base, room.code, me, fullAnswers(workshop, 7));
    const before = await openEventStream(base, `/api/workshops/${room.code}/events`, me.token);
    expect(before.status).toBe(403);
    before.close();
    await call(base, 'POST', `/api/workshops/${room.id}/reveal`, { token: room.facilitatorSecret });
    const after = await openEventStream(base, `/api/workshops/${room.code}/events`, me.token);
    expect(after.status).toBe(200);
    const first = await after.next(() => true);
    const payload = JSON.parse(first.data) as Record<string, unknown>;
    expect(Object.keys(payload).sort()).toEqual([
      'current',
      'finished',
      'participants',
      'revealed',
      'state',
      'workshop',
    ]);
    expect(Object.keys(payload['workshop'] as object).sort()).toEqual([
      'activities',
      'dividedQuestions',
      'kappa',
      'meanAgreement',
      'questions',
    ]);
    expect(first.data).not.toContain(me.participantId);
    expect(first.data).not.toContain('Salim');
    after.close();
  });

  it('sends the facilitator the summary at once, then every change, and catches up after a reconnect', async () => {
    const room = await create(base);
    const stream = await openEventStream(
      base,
      `/api/workshops/${room.id}/events`,
      room.facilitatorSecret,
    );
    expect(stream.status).toBe(200);
    const first = await stream.next(() => true);
    expect(JSON.parse(first.data)).toMatchObject({ participants: 0, code: room.code });
    const me = await join(base, room.code);
    await stream.next((e) => (JSON.parse(e.data) as { participants: number }).participants === 1);
    stream.close();
    await submit(base, room.code, me, { maturity: { 'ownership.owner': 4 } });
    const again = await openEventStream(
      base,
      `/api/workshops/${room.id}/events`,
      room.facilitatorSecret,
    );
    const caughtUp = JSON.parse((await again.next(() => true)).data) as { analysis: Analysis };
    expect(caughtUp.analysis.workshop?.questions['ownership.owner']?.median).toBe(4);
    again.close();
  });

  it('forgets a screen once it disconnects', async () => {
    const room = await create(base);
    const stream = await openEventStream(
      base,
      `/api/workshops/${room.id}/events`,
      room.facilitatorSecret,
    );
    await stream.next(() => true);
    expect(server.state.rooms.get(room.id)?.streams).toBe(1);
    stream.close();
    await expect.poll(() => server.state.rooms.get(room.id)?.streams).toBe(0);
  });
});

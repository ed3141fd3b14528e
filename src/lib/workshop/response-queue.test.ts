import { describe, expect, it } from 'vitest';
import { ApiError, type ResponseAnswers } from './api';
import { ResponseQueue, type SyncStatus } from './response-queue';

const answers = (level: 1 | 2 | 3): ResponseAnswers => ({
  maturity: { 'data.truth': level },
  raci: {},
});

/** A hand-driven clock: retries run when the test says. */
function clock() {
  const waiting: { run: () => void; ms: number }[] = [];
  return {
    waiting,
    later: (run: () => void, ms: number) => {
      const entry = { run, ms };
      waiting.push(entry);
      return () => waiting.splice(waiting.indexOf(entry), 1);
    },
    tick: () => waiting.shift()?.run(),
  };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe("a participant's queued answers", () => {
  it('are sent whole after each change and reported saved', async () => {
    const sent: ResponseAnswers[] = [];
    const statuses: SyncStatus[] = [];
    const queue = new ResponseQueue({
      send: async (a) => void sent.push(a),
      onChange: (status) => statuses.push(status),
    });
    queue.push(answers(1));
    await settle();
    expect(sent).toEqual([answers(1)]);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('wait for the network when a send fails, and go when it is back', async () => {
    let online = false;
    const sent: ResponseAnswers[] = [];
    const statuses: [SyncStatus, number][] = [];
    const time = clock();
    const queue = new ResponseQueue({
      send: async (a) => {
        if (!online) throw new TypeError('Failed to fetch');
        sent.push(a);
      },
      onChange: (status, unsent) => statuses.push([status, unsent]),
      later: time.later,
    });
    queue.push(answers(1));
    queue.push(answers(2));
    await settle();
    expect(statuses.at(-1)).toEqual(['waiting', 2]);
    online = true;
    queue.retryNow();
    await settle();
    expect(sent).toEqual([answers(2)]);
    expect(statuses.at(-1)).toEqual(['saved', 0]);
  });

  it("retry after the server's Retry-After when it asks to slow down", async () => {
    let refusals = 1;
    const time = clock();
    const queue = new ResponseQueue({
      send: async () => {
        if (refusals-- > 0) throw new ApiError(429, [], 7);
      },
      onChange: () => undefined,
      later: time.later,
    });
    queue.push(answers(1));
    await settle();
    expect(time.waiting.map((w) => w.ms)).toEqual([7000]);
    time.tick();
    await settle();
    expect(time.waiting).toEqual([]);
  });

  it('stop when the workshop is closed', async () => {
    const statuses: SyncStatus[] = [];
    const time = clock();
    const queue = new ResponseQueue({
      send: async () => {
        throw new ApiError(409);
      },
      onChange: (status) => statuses.push(status),
      later: time.later,
    });
    queue.push(answers(1));
    await settle();
    expect(statuses.at(-1)).toBe('closed');
    expect(time.waiting).toEqual([]);
  });

  it('send what a reload found unsent as soon as asked', async () => {
    const sent: ResponseAnswers[] = [];
    const queue = new ResponseQueue(
      { send: async (a) => void sent.push(a), onChange: () => undefined },
      { answers: answers(3), changes: 2 },
    );
    queue.retryNow();
    await settle();
    expect(sent).toEqual([answers(3)]);
  });
});

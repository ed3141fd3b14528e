import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FacilitatorSummary } from '../lib/workshop/api';
import { PresenterRoom } from './workshop-presenter.svelte';

const sent: string[] = [];
const pending: (() => void)[] = [];
let refuse = false;

vi.mock('../lib/workshop/api', () => ({
  eventsPath: () => '/events',
  fetchWorkshop: () => Promise.resolve({ code: 'ABCD', plan: { pace: 'self-paced' } }),
  moveRoom: () => Promise.resolve(),
  // Each action waits until the test lets it through; a refused one fails.
  actOnRoom: (_id: string, _secret: string, action: string) =>
    new Promise<void>((done, fail) => {
      sent.push(action);
      pending.push(() => (refuse ? fail(new Error('403')) : done()));
    }),
}));
vi.mock('../lib/workshop/my-workshops', () => ({
  findMyWorkshop: (id: string) =>
    id === 'mine' ? { id, code: 'ABCD', facilitatorSecret: 'secret' } : undefined,
}));
const summary = { revealed: false, state: 'open', current: 'plan.brief' } as FacilitatorSummary;
vi.mock('../lib/workshop/sse', () => ({
  followEvents: (_path: string, options: { onEvent: (e: unknown) => void }) => {
    options.onEvent({ event: 'summary', data: JSON.stringify(summary) });
    options.onEvent({ event: 'summary', data: JSON.stringify({ ...summary, revealed: true }) });
    return Promise.resolve();
  },
}));

const settle = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => {
  sent.length = 0;
  pending.length = 0;
  refuse = false;
});

describe("the presenter's room", () => {
  it('says so when the address names a workshop this browser did not create', () => {
    const presenter = new PresenterRoom();
    presenter.open('theirs', () => undefined);
    expect(presenter.missing).toBe(true);
    expect(presenter.mine).toBeNull();
  });

  it('hears the first summary once, then follows the stream', () => {
    const presenter = new PresenterRoom();
    const first = vi.fn();
    presenter.open('mine', first);
    expect(first).toHaveBeenCalledOnce();
    expect(first).toHaveBeenCalledWith(summary);
    expect(presenter.visible).toBe(true);
  });

  it('sends an action pressed while the one before is on its way after it, not instead of it', async () => {
    const presenter = new PresenterRoom();
    presenter.open('mine', () => undefined);
    presenter.act('reveal');
    presenter.act('close');
    await settle();
    expect(sent).toEqual(['reveal']);
    pending.shift()?.();
    await settle();
    expect(sent).toEqual(['reveal', 'close']);
  });

  it('reports a refused action until the next one goes', async () => {
    const presenter = new PresenterRoom();
    presenter.open('mine', () => undefined);
    refuse = true;
    presenter.act('reveal');
    await settle();
    pending.shift()?.();
    await settle();
    expect(presenter.failure).toBe('actionFailed');
    presenter.act('hide');
    await settle();
    expect(sent).toEqual(['reveal', 'hide']);
    expect(presenter.failure).toBeNull();
  });
});

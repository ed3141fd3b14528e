import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, eventsPath, fetchSummary, joinWorkshop, saveResponse } from './api';

afterEach(() => vi.unstubAllGlobals());

function answering(status: number, body: unknown, headers: Record<string, string> = {}) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers });
  });
  return calls;
}

describe('the workshop API client', () => {
  it('puts the token in the Authorization header, never in the address', async () => {
    const calls = answering(200, { saved: true, revision: 3 });
    await expect(saveResponse('abc123', 'p1', 'tok', { maturity: {}, raci: {} })).resolves.toEqual({
      saved: true,
      revision: 3,
    });
    expect(calls[0]!.url).toBe('/api/workshops/ABC123/participants/p1/response');
    expect(calls[0]!.init.method).toBe('PUT');
    expect(new Headers(calls[0]!.init.headers).get('Authorization')).toBe('Bearer tok');
    expect(calls[0]!.url).not.toContain('tok');
  });

  it('sends a join as JSON without a token', async () => {
    const calls = answering(201, { participantId: 'p1', token: 't' });
    await joinWorkshop(' abc ', { team: 'it', role: 'staff' });
    expect(calls[0]!.url).toBe('/api/workshops/ABC/participants');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ team: 'it', role: 'staff' });
    expect(new Headers(calls[0]!.init.headers).has('Authorization')).toBe(false);
  });

  it("throws the server's refusal with its problems and Retry-After", async () => {
    answering(429, { problems: [{ path: 'name', message: 'too long' }] }, { 'Retry-After': '5' });
    const error = await fetchSummary('w1', 'secret').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 429,
      retryAfter: 5,
      problems: [{ path: 'name', message: 'too long' }],
    });
  });

  it('asks for the stream by id for the facilitator and by code for a participant', () => {
    expect(eventsPath({ id: 'w1' })).toBe('/api/workshops/w1/events');
    expect(eventsPath({ code: 'abc' })).toBe('/api/workshops/ABC/events');
  });
});

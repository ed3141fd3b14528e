import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventParser, followEvents, type ServerEvent, type StreamStatus } from './sse';

describe('the event-stream parser', () => {
  it('reads an event split across pieces, skipping comments', () => {
    const parse = eventParser();
    expect(parse(': ping\n\nevent: summ')).toEqual([]);
    expect(parse('ary\nid: 4\ndata: {"a":')).toEqual([]);
    expect(parse('1}\n\n')).toEqual([{ event: 'summary', id: '4', data: '{"a":1}' }]);
  });

  it('joins data lines and takes CRLF line ends', () => {
    expect(eventParser()('data: one\r\ndata: two\r\n\r\n')).toEqual([
      { event: 'message', data: 'one\ntwo' },
    ]);
  });
});

function stream(text: string): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });
}

describe('following a stream', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the bearer token, reconnects with the last event id, and stops when refused', async () => {
    const calls: Headers[] = [];
    const answers = [
      () => new Response(stream('event: summary\nid: 7\ndata: {"n":1}\n\n'), { status: 200 }),
      () => {
        throw new TypeError('network down');
      },
      () => new Response(stream('event: summary\nid: 8\ndata: {"n":2}\n\n'), { status: 200 }),
      () => new Response(null, { status: 403 }),
    ];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      calls.push(new Headers(init.headers));
      return answers[calls.length - 1]!();
    });
    const events: ServerEvent[] = [];
    const statuses: StreamStatus[] = [];
    const waits: number[] = [];
    await followEvents('/api/workshops/w1/events', {
      token: 's3cret',
      onEvent: (e) => events.push(e),
      onStatus: (s) => statuses.push(s),
      signal: new AbortController().signal,
      wait: async (ms) => void waits.push(ms),
    });
    expect(events.map((e) => e.data)).toEqual(['{"n":1}', '{"n":2}']);
    expect(calls.map((h) => h.get('Authorization'))).toEqual(Array(4).fill('Bearer s3cret'));
    expect(calls.map((h) => h.get('Last-Event-ID'))).toEqual([null, '7', '7', '8']);
    expect(statuses.at(-1)).toEqual({ kind: 'refused', status: 403 });
    // The wait grows after a failed try and starts over after a connection that got through.
    expect(waits[1]).toBeGreaterThan(waits[0]! / 2);
    expect(
      statuses
        .filter((s) => s.kind === 'reconnecting')
        .map((s) => s.kind === 'reconnecting' && s.attempt),
    ).toEqual([0, 1, 0]);
  });
});

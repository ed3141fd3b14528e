import { authHeaders } from './api';
import { retryDelay } from './backoff';

/** One server-sent event. */
export interface ServerEvent {
  event: string;
  data: string;
  id?: string;
}

/**
 * A parser of the text/event-stream format, fed the stream in pieces as they arrive: it returns
 * the events each piece completes. Comments (`: ping`) and unknown fields are skipped.
 */
export function eventParser(): (chunk: string) => ServerEvent[] {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let id: string | undefined;
  const line = (text: string, out: ServerEvent[]): void => {
    if (text === '') {
      if (data.length > 0)
        out.push({
          event: event || 'message',
          data: data.join('\n'),
          ...(id === undefined ? {} : { id }),
        });
      event = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    const value = colon === -1 ? '' : text.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id' && !value.includes('\0')) id = value;
  };
  return (chunk) => {
    buffer += chunk;
    const out: ServerEvent[] = [];
    const lines = buffer.split(/\r\n|\r|\n/);
    buffer = lines.pop() ?? '';
    for (const text of lines) line(text, out);
    return out;
  };
}

/** How the stream is doing: reading, waiting to reconnect, or refused (with the status). */
export type StreamStatus =
  | { kind: 'live' }
  | { kind: 'reconnecting'; attempt: number }
  | { kind: 'refused'; status: number };

export interface FollowOptions {
  /** The bearer token: the facilitator's secret or a participant's token. */
  token: string;
  onEvent: (event: ServerEvent) => void;
  onStatus?: (status: StreamStatus) => void;
  /** Stops following. */
  signal: AbortSignal;
  /** Waits between tries (tests make it instant). */
  wait?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** Waits, or stops waiting as soon as the signal aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), done()), { once: true });
  });
}

/** What one connection leaves for the next: the last event's id, and whether it got through. */
interface Session {
  lastId?: string;
  connected: boolean;
}

/** Reads one connection until it ends; the status when the server did not open the stream. */
async function readOnce(
  path: string,
  options: FollowOptions,
  session: Session,
): Promise<number | null> {
  const headers: Record<string, string> = {
    Accept: 'text/event-stream',
    ...authHeaders(options.token),
  };
  if (session.lastId !== undefined) headers['Last-Event-ID'] = session.lastId;
  const response = await fetch(path, { headers, cache: 'no-store', signal: options.signal });
  if (!response.ok || !response.body) return response.status;
  session.connected = true;
  options.onStatus?.({ kind: 'live' });
  const parse = eventParser();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return null;
    for (const event of parse(value)) {
      if (event.id !== undefined) session.lastId = event.id;
      options.onEvent(event);
    }
  }
}

const REFUSED = new Set([400, 401, 403, 404]);

/**
 * Follows a server-sent event stream with fetch (EventSource cannot send the Authorization
 * header): reconnects after a drop with `Last-Event-ID` and a growing wait, until the signal
 * aborts or the server refuses (401, 403, 404), which it reports and stops on.
 */
export async function followEvents(path: string, options: FollowOptions): Promise<void> {
  const wait = options.wait ?? sleep;
  const session: Session = { connected: false };
  let attempt = 0;
  while (!options.signal.aborted) {
    let status: number | null = null;
    session.connected = false;
    try {
      status = await readOnce(path, options, session);
    } catch {
      // The network dropped or the stream broke: try again below.
    }
    // A connection that got through starts the waits over.
    if (session.connected) attempt = 0;
    if (options.signal.aborted) return;
    if (status !== null && REFUSED.has(status)) {
      options.onStatus?.({ kind: 'refused', status });
      return;
    }
    options.onStatus?.({ kind: 'reconnecting', attempt });
    await wait(retryDelay(attempt), options.signal);
    attempt += 1;
  }
}

// A reader of the server's event streams for tests and the load benchmark: node:http with the
// Authorization header (as the pages do with fetch), one socket per stream.
import { request, type ClientRequest } from 'node:http';

/** One `summary` event as received. */
export interface ReceivedEvent {
  id: number;
  data: string;
  at: number;
}

/** A stream being read: every event so far, and a way to wait for one. */
export interface EventStream {
  status: number;
  events: ReceivedEvent[];
  pings: number;
  /** Resolves with the first event (already received or to come) that passes the test. */
  next(test: (event: ReceivedEvent) => boolean, ms?: number): Promise<ReceivedEvent>;
  close(): void;
}

/**
 * Opens a stream; resolves once the answer's headers arrive (status 200, or the refusal). With
 * `keep: false` events go only to `onEvent`, with only the first 200 characters of their data (a
 * load of thousands of streams).
 */
export function openEventStream(
  base: string,
  path: string,
  token: string,
  { onEvent, keep = true }: { onEvent?: (event: ReceivedEvent) => void; keep?: boolean } = {},
): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const waiters = new Set<() => void>();
    const stream: EventStream = {
      status: 0,
      events: [],
      pings: 0,
      next(test, ms = 10_000) {
        return new Promise((found, fail) => {
          const check = () => {
            const event = stream.events.find(test);
            if (!event) return false;
            waiters.delete(check);
            clearTimeout(timer);
            found(event);
            return true;
          };
          const timer = setTimeout(() => {
            waiters.delete(check);
            fail(new Error(`no such event within ${ms} ms`));
          }, ms);
          if (!check()) waiters.add(check);
        });
      },
      close: () => req.destroy(),
    };
    const req: ClientRequest = request(
      `${base}${path}`,
      { agent: false, headers: { Authorization: `Bearer ${token}` } },
      (res) => {
        stream.status = res.statusCode ?? 0;
        res.setEncoding('utf8');
        let buffer = '';
        res.on('data', (chunk: string) => {
          buffer = buffer === '' ? chunk : buffer + chunk;
          let start = 0;
          let end: number;
          while ((end = buffer.indexOf('\n\n', start)) >= 0) {
            const blockStart = start;
            start = end + 2;
            if (buffer.startsWith(':', blockStart)) {
              stream.pings += 1;
              continue;
            }
            const idEnd = buffer.indexOf('\n', blockStart);
            const dataStart = buffer.indexOf('data: ', blockStart) + 'data: '.length;
            const id = Number(buffer.slice(blockStart + 'id: '.length, idEnd));
            // Without `keep` only the head of the data is read: the room's status keys come first.
            const data = buffer.slice(dataStart, keep ? end : Math.min(end, dataStart + 200));
            const event = { id, data, at: performance.now() };
            if (keep) stream.events.push(event);
            onEvent?.(event);
            for (const check of [...waiters]) check();
          }
          buffer = buffer.slice(start);
        });
        res.on('error', () => undefined);
        resolve(stream);
      },
    );
    req.on('error', (error) => (stream.status === 0 ? reject(error) : undefined));
    req.end();
  });
}

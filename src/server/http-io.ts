// Reading request bodies and writing JSON answers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseJsonText } from '../domain/schemas/parse-assessment';
import type { Problem } from '../domain/schemas/problems';

/** The largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

/** A failure that ends a request with a status and a JSON body. */
export class HttpError extends Error {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Record<string, string>;
  constructor(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
    super(`${status}`);
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

/** A 400 answer listing what is wrong with the body. */
export function invalid(problems: readonly Problem[]): HttpError {
  return new HttpError(400, { problems });
}

/** Writes a JSON answer; strings in it are data, never markup (the type and nosniff say so). */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  sendJsonText(res, status, JSON.stringify(body), headers);
}

/** Writes an answer that is JSON already. */
export function sendJsonText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/**
 * Reads a JSON body of at most MAX_BODY_BYTES: 413 as soon as it is known to be larger (from
 * Content-Length, or while reading: the rest is never read), 400 with problems when it is not JSON.
 */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  const json = parseJsonText(text);
  if (!json.ok) throw invalid(json.problems);
  return json.value;
}

function tooLarge(): HttpError {
  return new HttpError(
    413,
    { error: 'too-large', message: `the body is larger than ${MAX_BODY_BYTES} bytes` },
    { Connection: 'close' },
  );
}

/** The bearer token of a request, or null. */
export function bearerToken(req: IncomingMessage): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match?.[1] ?? null;
}

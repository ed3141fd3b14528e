// The site's pages and files from the adapter build's client folder, with the security headers
// the build wrote to `_headers` (the same policy the static host sends).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { headersFor, parseHeadersFile } from '../lib/headers-file.mjs';
import { SECURITY_HEADERS } from '../lib/security-headers';

/** A Node request handler with Astro's `next` for what it does not serve. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** The policy for answers without a page (the API): nothing may load, nothing may frame it. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * The headers every answer carries: the built site's `_headers` (its CSP covers the pages' inline
 * hashes), or without a build the shared security headers and a policy that allows nothing.
 */
export function siteHeaders(clientDir: string | null): Record<string, string> {
  const file = clientDir === null ? null : join(clientDir, '_headers');
  if (file && existsSync(file))
    return headersFor(parseHeadersFile(readFileSync(file, 'utf8')), '/');
  return { ...SECURITY_HEADERS, 'Content-Security-Policy': API_CSP };
}

function fileFor(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return null;
  if (path.split(sep).some((part) => part.startsWith('_headers') || part.startsWith('.')))
    return null;
  for (const candidate of [path, join(path, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

/** Serves the client folder's files (GET and HEAD); passes anything else to `next`. */
export function staticFiles(clientDir: string): NodeHandler {
  const root = resolve(clientDir);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const { pathname, search } = new URL(req.url ?? '/', 'http://server');
    const file = fileFor(root, pathname);
    if (!file) return next();
    if (!extname(pathname) && !pathname.endsWith('/')) {
      res.writeHead(301, { Location: `${pathname}/${search}` }).end();
      return;
    }
    const immutable = pathname.startsWith('/_astro/');
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': String(statSync(file).size),
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
}

/** The last handler: a plain 404. */
export function notFoundPage(res: ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
}

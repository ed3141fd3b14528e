// Serves the built site in dist/ on loopback, for the end-to-end tests (several may run at once,
// which `astro preview` refuses), with the headers the build wrote to dist/_headers and text
// compressed with gzip, as a static host would send them. Usage:
// node scripts/serve-dist.mjs <port> [folder, default dist]
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../src/lib/headers-file.mjs';

const PORT = Number(process.argv[2] ?? 4391);
const ROOT = resolve(process.argv[3] ?? 'dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
};
// Text is sent compressed to a browser that accepts it; fonts and images are compressed already.
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg', '.ttf']);

// Read at each request: a rebuild while the server runs changes the hashes.
function hostHeaders(pathname) {
  const file = join(ROOT, '_headers');
  return existsSync(file) ? headersFor(parseHeadersFile(readFileSync(file, 'utf8')), pathname) : {};
}

function fileFor(pathname) {
  const path = normalize(join(ROOT, decodeURIComponent(pathname)));
  if (!path.startsWith(ROOT)) return null;
  for (const candidate of [path, join(path, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const file = fileFor(pathname);
  for (const [name, value] of Object.entries(hostHeaders(pathname))) res.setHeader(name, value);
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  if (!extname(pathname) && !pathname.endsWith('/')) {
    res.writeHead(301, { Location: `${pathname}/` }).end();
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const gzip =
    COMPRESSED.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(200, {
    'Content-Type': type,
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  const body = createReadStream(file);
  (gzip ? body.pipe(createGzip()) : body).pipe(res);
}).listen(PORT, '127.0.0.1', () => console.log(`serving dist/ on http://127.0.0.1:${PORT}/`));

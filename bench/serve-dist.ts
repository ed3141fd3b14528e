/**
 * The built site served for a benchmark: `scripts/serve-dist.mjs` on a free loopback port,
 * answered before it is used.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A port nothing listens on now. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Waits until an address answers with a success, or throws after `ms`. */
export async function waitFor(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > end) throw new Error(`${url} did not answer within ${ms} ms`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

/**
 * Serves `dist/` (or another built site, e.g. an older build to compare with) until `stop()`;
 * `base` is its address, already answering.
 */
export async function serveDist(folder = 'dist'): Promise<{ base: string; stop: () => void }> {
  const port = await freePort();
  const server = spawn(process.execPath, ['scripts/serve-dist.mjs', String(port), folder], {
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/en/`, 10_000);
  } catch (error) {
    server.kill();
    throw error;
  }
  return { base, stop: () => server.kill() };
}

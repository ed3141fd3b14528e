/**
 * `npm run workshop [-- --host H --port P --data DIR --no-build]`: builds the site with Astro's
 * node adapter into dist-workshop/ (unless --no-build; --temp-data: a fresh data directory) and starts one Node process serving the
 * site and the workshop HTTP interface. HOST, PORT and WORKSHOP_DATA set the same from the
 * environment; WORKSHOP_PUBLIC_URL the origin join links use; WORKSHOP_LIMIT_* the rate limits.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { configFrom } from '../src/server/config';
import { startWorkshopServer } from '../src/server/server';
import type { NodeHandler } from '../src/server/site';

/** Where the adapter build goes (astro.config.mjs uses the same folder when WORKSHOP_BUILD is set). */
export const WORKSHOP_OUT_DIR = 'dist-workshop';

function build(): void {
  console.log('building the site with the node adapter…');
  const result = spawnSync('astro', ['build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WORKSHOP_BUILD: '1' },
  });
  if (result.status !== 0) throw new Error('the workshop build failed');
}

async function ssrHandler(outDir: string): Promise<NodeHandler | null> {
  const entry = join(outDir, 'server', 'entry.mjs');
  if (!existsSync(entry)) return null;
  const module = (await import(pathToFileURL(entry).href)) as { handler: NodeHandler };
  return module.handler;
}

async function main(): Promise<void> {
  const parsed = configFrom(process.argv.slice(2), process.env);
  const config = parsed.tempData
    ? { ...parsed, dataDir: mkdtempSync(join(tmpdir(), 'ccm-workshops-')) }
    : parsed;
  if (config.build) build();
  const outDir = resolve(WORKSHOP_OUT_DIR);
  const clientDir = join(outDir, 'client');
  if (!existsSync(clientDir))
    throw new Error(`no build in ${WORKSHOP_OUT_DIR}/: run without --no-build`);
  const running = await startWorkshopServer({
    ...config,
    clientDir,
    ssrHandler: await ssrHandler(outDir),
    publicOrigin: process.env['WORKSHOP_PUBLIC_URL'] || null,
  });
  console.log(`workshop server on ${running.url}/`);
  console.log(`data in ${config.dataDir} (${running.state.rooms.size} workshops resumed)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(
      signal,
      () =>
        void running.close().then(() => {
          // A temporary data directory is the run's own: it goes with it.
          if (parsed.tempData) rmSync(config.dataDir, { recursive: true, force: true });
          process.exit(0);
        }),
    );
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});

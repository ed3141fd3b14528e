/**
 * The workshop server without the site (the HTTP interface only), for the crash test and the load
 * benchmark, which start it as a child process: `tsx scripts/workshop-api.ts --port 0 --data DIR`.
 * Prints `workshop server on <url>/` first, like `npm run workshop`.
 */
import { configFrom } from '../src/server/config';
import { startWorkshopServer } from '../src/server/server';

const config = configFrom(process.argv.slice(2), process.env);
const running = await startWorkshopServer(config);
console.log(`workshop server on ${running.url}/`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void running.close().then(() => process.exit(0)));

/**
 * The screens of the workshop load benchmark, in a process of their own as real screens are on
 * devices of their own: the submits' latency is then the server's, not the wait of a load
 * generator busy reading 2,001 streams. Started by workshop-load.ts with the server's address,
 * the join code and every screen's token; answers its questions by IPC, with times as epoch
 * milliseconds so that the two processes' clocks compare.
 */
import { openEventStream, type EventStream } from '../src/server/testing/event-stream';

interface Setup {
  url: string;
  code: string;
  tokens: string[];
  participants: number;
}

type Ask = { type: 'quiet' } | { type: 'finished' } | { type: 'quiet-seen' } | { type: 'close' };

const epoch = (at: number): number => performance.timeOrigin + at;

/** The time every entry first held, once all hold (or throws after 30 s). */
async function allSeen(seenAt: (number | null)[], ms = 30_000): Promise<number> {
  const end = performance.now() + ms;
  while (seenAt.some((t) => t === null)) {
    if (performance.now() > end)
      throw new Error(`${seenAt.filter((t) => t === null).length} screens never saw the update`);
    await new Promise((wait) => setTimeout(wait, 5));
  }
  return epoch(Math.max(...(seenAt as number[])));
}

async function main(setup: Setup): Promise<void> {
  const { url, code, tokens, participants } = setup;
  const finishedAt: (number | null)[] = Array(tokens.length).fill(null);
  const lastId: number[] = Array(tokens.length).fill(-1);
  let quietSeen: (number | null)[] = [];
  let quietAfter = Infinity;
  const streams: EventStream[] = [];
  let next = 0;
  const connect = async (): Promise<void> => {
    while (next < tokens.length) {
      const i = next++;
      const stream = await openEventStream(url, `/api/workshops/${code}/events`, tokens[i]!, {
        keep: false,
        onEvent: (event) => {
          lastId[i] = event.id;
          if (finishedAt[i] === null && event.data.includes(`"finished":${participants},`))
            finishedAt[i] = event.at;
          if (event.id > quietAfter && quietSeen[i] === null) quietSeen[i] = event.at;
        },
      });
      if (stream.status !== 200) throw new Error(`stream answered ${stream.status}`);
      streams.push(stream);
    }
  };
  await Promise.all(Array.from({ length: 100 }, connect));
  while (lastId.some((v) => v < 0)) await new Promise((wait) => setTimeout(wait, 10));
  process.send?.({ type: 'ready', screens: streams.length });

  process.on('message', (ask: Ask) => {
    void (async () => {
      if (ask.type === 'quiet') {
        quietAfter = Math.max(...lastId);
        quietSeen = Array(tokens.length).fill(null);
        process.send?.({ type: 'quiet' });
      } else if (ask.type === 'finished')
        process.send?.({ type: 'finished', at: await allSeen(finishedAt) });
      else if (ask.type === 'quiet-seen')
        process.send?.({ type: 'quiet-seen', at: await allSeen(quietSeen) });
      else {
        streams.forEach((s) => s.close());
        process.exit(0);
      }
    })().catch((error: Error) => {
      process.send?.({ type: 'error', message: error.message });
    });
  });
}

process.once('message', (setup: Setup) => {
  main(setup).catch((error: Error) => {
    process.send?.({ type: 'error', message: error.message });
    process.exit(1);
  });
});

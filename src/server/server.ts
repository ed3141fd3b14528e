// The workshop server: one Node HTTP server for the API under /api/ and the built site.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadModel, modelDir } from '../lib/model/load-model';
import { Analyst } from './analyst';
import { bucketsFor, handleApi, registerRoom, type ApiState } from './api';
import { DEFAULT_LIMITS, type RateLimits } from './config';
import { Room } from './room';
import { notFoundPage, siteHeaders, staticFiles, type NodeHandler } from './site';
import { openStore } from './store';

/** The interval of the `: ping` comment on every stream. */
export const PING_INTERVAL_MS = 15_000;

/** What the server is started with. */
export interface WorkshopServerOptions {
  host?: string;
  port?: number;
  dataDir: string;
  limits?: RateLimits;
  /** The model folder; default CCM_DATA_DIR or data/. */
  modelDir?: string;
  /** The adapter build's client folder, when the server serves the site too. */
  clientDir?: string | null;
  /** Astro's middleware handler, for on-demand routes (none today). */
  ssrHandler?: NodeHandler | null;
  /** The origin in join links; default: the Host the facilitator reached the server on. */
  publicOrigin?: string | null;
  /** Where damaged files are reported; default stderr. */
  report?: (line: string) => void;
}

/** A running workshop server. */
export interface RunningWorkshopServer {
  server: Server;
  url: string;
  state: ApiState;
  /** Workshop files that could not be read at start (left in place). */
  damaged: { file: string; reason: string }[];
  close(): Promise<void>;
}

/** Opens the data directory, resumes every workshop in it and starts listening. */
export async function startWorkshopServer(
  options: WorkshopServerOptions,
): Promise<RunningWorkshopServer> {
  const report = options.report ?? ((line: string) => process.stderr.write(`${line}\n`));
  const dir = options.modelDir ?? modelDir();
  const model = loadModel(dir);
  const analyst = new Analyst(dir);
  const opened = await openStore(options.dataDir);
  for (const { file, reason } of opened.damaged)
    report(`workshop file ${file} is damaged and was left as it is: ${reason}`);
  const clientDir = options.clientDir ?? null;
  const state: ApiState = {
    model,
    analyst,
    dataDir: options.dataDir,
    rooms: new Map(),
    byCode: new Map(),
    headers: siteHeaders(clientDir),
    publicOrigin: options.publicOrigin ?? null,
    buckets: bucketsFor(options.limits ?? DEFAULT_LIMITS),
    now: () => new Date().toISOString(),
  };
  for (const stored of opened.workshops) registerRoom(state, new Room(stored, analyst));

  const files = clientDir === null ? null : staticFiles(clientDir);
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(state.headers)) res.setHeader(name, value);
    if ((req.url ?? '').startsWith('/api/')) {
      void handleApi(req, res, state);
      return;
    }
    const last = () => notFoundPage(res);
    const ssr = options.ssrHandler ? () => options.ssrHandler?.(req, res, last) : last;
    if (files) files(req, res, ssr);
    else ssr();
  });
  const timers = [
    setInterval(() => state.rooms.forEach((room) => room.ping()), PING_INTERVAL_MS),
    setInterval(() => Object.values(state.buckets).forEach((b) => b.prune()), 60_000),
  ];
  timers.forEach((t) => t.unref());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    server,
    url: `http://${host}:${port}`,
    state,
    damaged: opened.damaged,
    close: async () => {
      timers.forEach(clearInterval);
      state.rooms.forEach((room) => {
        room.endStreams();
        room.stored.stop();
      });
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await analyst.stop();
    },
  };
}

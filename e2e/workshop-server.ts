// Where the end-to-end workshop server listens: playwright.config.ts starts it (the node-adapter
// build in dist-workshop/, a fresh temporary data directory) on E2E_WORKSHOP_PORT, default 4392.

/** The port of the end-to-end workshop server. */
export const WORKSHOP_PORT = Number(process.env['E2E_WORKSHOP_PORT'] ?? 4392);

/** The origin of the end-to-end workshop server: pages and /api/ on one address. */
export const WORKSHOP_URL = `http://127.0.0.1:${WORKSHOP_PORT}`;

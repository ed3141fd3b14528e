/**
 * `npm run bench:lighthouse [-- --build] [-- <filter>…]`: Lighthouse 13 on every page, mobile and
 * desktop, with the pages' data in the browser as a user would have it. A report, not a gate (the
 * machine is shared and noisy): one run per row, so a score can move a few points between runs.
 *
 * It uses dist/ (building it first when missing or with `--build`), serves it on a free port,
 * seeds a Chromium profile by opening every example and one new assessment from the start page,
 * then for each row starts Chromium on a copy of that profile (or an empty one) and runs
 * Lighthouse against it without resetting storage. Words after `--` keep only the rows whose
 * page contains one of them (e.g. `results`). The JSON reports stay in .cache/lighthouse/.
 * 24 rows of about 20 s each: some 9 minutes in all. Lighthouse runs through `npx lighthouse@13`
 * (not a devDependency). The local server compresses text with gzip, as static hosts do, so
 * transfer sizes and the simulated mobile timings are those of such a host.
 */
import { chromium } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { freePort, serveDist, waitFor } from './serve-dist';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const LANGS = ['en', 'ar'] as const;
const BANK = 'bank-fragmented';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const FORM_FACTORS = ['mobile', 'desktop'] as const;
/** A run that takes longer than this has hung; it is reported as failed and the rest go on. */
const RUN_TIMEOUT_MS = 150_000;
const REPORTS = resolve('.cache/lighthouse');

type FormFactor = (typeof FORM_FACTORS)[number];
type Scores = Record<(typeof CATEGORIES)[number], number>;

interface Target {
  /** What the table calls the page. */
  page: string;
  /** Address path and query. */
  path: string;
  /** Whether the browser holds the seeded assessments or nothing at all. */
  profile: 'seeded' | 'empty';
}

interface Row {
  page: string;
  formFactor: FormFactor;
  scores?: Scores;
  lcp?: number;
  tbt?: number;
  cls?: number;
  /** Audits below full marks outside performance, by id. */
  misses?: string[];
  error?: string;
}

/** Ids of the stored assessments the rows open. */
interface Seeded {
  bank: string;
  empty: string;
  examples: number;
}

/** An English string by key; a missing key is a broken bench, not a missing button. */
function english(key: string): string {
  const strings = JSON.parse(readFileSync(resolve('src/i18n/en.json'), 'utf8')) as Record<
    string,
    string
  >;
  const text = strings[key];
  if (text === undefined) throw new Error(`no "${key}" in en.json`);
  return text;
}

function ensureBuild(force: boolean): void {
  if (!force && existsSync(resolve('dist/en/results/index.html'))) {
    console.log('using the existing dist/ (add --build to rebuild)');
    return;
  }
  console.log('building dist/ …');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
}

const idOf = (url: string): string => new URL(url).searchParams.get('id') ?? '';

/** Opens every example and one new assessment from the English start page, as a user would. */
async function seed(base: string, dir: string): Promise<Seeded> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    args: ['--no-sandbox'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const start = async (): Promise<void> => {
      await page.goto(`${base}/en/`);
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    };
    await start();
    const prefix = `${english('home.examples.load')}: `;
    const labels = await page
      .getByRole('button', { name: prefix })
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
    const ids = new Map<string, string>();
    for (const label of labels) {
      const name = label.trim();
      await start();
      await page.getByRole('button', { name, exact: true }).click();
      // An example opens at its results.
      await page.waitForURL(/\/results\/\?id=/);
      ids.set(name, idOf(page.url()));
    }
    const bankName = english(`example.${BANK}.name`);
    const bank = ids.get(`${prefix}${bankName}`);
    if (!bank) throw new Error(`no "${bankName}" example on the start page`);
    await start();
    await page.getByRole('button', { name: english('home.new'), exact: true }).click();
    // A new assessment is stored on its first change: its name.
    await page.waitForURL(/\/assess\/\?new/);
    await page.getByLabel(english('profile.name')).fill('New');
    await page.waitForURL(/\/assess\/\?id=/);
    return { bank, empty: idOf(page.url()), examples: ids.size };
  } finally {
    await context.close();
  }
}

function targets(ids: Seeded): Target[] {
  return LANGS.flatMap((lang): Target[] => [
    { page: `/${lang}/ (empty)`, path: `/${lang}/`, profile: 'empty' },
    { page: `/${lang}/ (${ids.examples} saved)`, path: `/${lang}/`, profile: 'seeded' },
    { page: `/${lang}/assess/ bank`, path: `/${lang}/assess/?id=${ids.bank}`, profile: 'seeded' },
    { page: `/${lang}/assess/ new`, path: `/${lang}/assess/?id=${ids.empty}`, profile: 'seeded' },
    { page: `/${lang}/results/ bank`, path: `/${lang}/results/?id=${ids.bank}`, profile: 'seeded' },
    { page: `/${lang}/results/ new`, path: `/${lang}/results/?id=${ids.empty}`, profile: 'seeded' },
  ]);
}

/** Starts Chromium on a profile with a debugging port, for Lighthouse to drive. */
async function launchChromium(profile: string): Promise<{ port: number; chrome: ChildProcess }> {
  const port = await freePort();
  const chrome = spawn(
    CHROMIUM,
    [
      `--user-data-dir=${profile}`,
      `--remote-debugging-port=${port}`,
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--no-default-browser-check',
      'about:blank',
    ],
    { stdio: 'ignore', detached: true },
  );
  await waitFor(`http://127.0.0.1:${port}/json/version`, 15_000);
  return { port, chrome };
}

/** Ends a process this script started, with the children it started (Chromium's helpers). */
function stop(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

async function lighthouse(url: string, port: number, formFactor: FormFactor, out: string) {
  const args = [
    '-y',
    'lighthouse@13',
    url,
    `--port=${port}`,
    '--disable-storage-reset',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
    ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const run = spawn('npx', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  run.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => run.kill('SIGKILL'), RUN_TIMEOUT_MS);
  const code = await new Promise<number | null>((done) => run.on('close', done));
  clearTimeout(timer);
  if (code !== 0) {
    const last = stderr.trim().split('\n').filter(Boolean).slice(-3).join(' | ');
    throw new Error(`lighthouse exited ${code ?? 'on timeout'}: ${last}`);
  }
}

interface Report {
  runtimeError?: { message: string };
  runWarnings?: string[];
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode: string }>;
}

function readReport(file: string): Omit<Row, 'page' | 'formFactor'> {
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  if (report.runtimeError) throw new Error(report.runtimeError.message);
  const score = (k: string): number => Math.round((report.categories[k]?.score ?? NaN) * 100);
  const value = (id: string): number => report.audits[id]?.numericValue ?? NaN;
  const misses = CATEGORIES.filter((k) => k !== 'performance').flatMap((k) =>
    (report.categories[k]?.auditRefs ?? [])
      .map((ref) => ref.id)
      .filter((id) => {
        const audit = report.audits[id];
        return audit?.scoreDisplayMode === 'binary' || audit?.scoreDisplayMode === 'numeric'
          ? (audit.score ?? 1) < 1
          : false;
      }),
  );
  return {
    scores: Object.fromEntries(CATEGORIES.map((k) => [k, score(k)])) as Scores,
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    misses,
  };
}

async function measure(
  target: Target,
  formFactor: FormFactor,
  base: string,
  profiles: Record<Target['profile'], string>,
  work: string,
): Promise<Row> {
  const name = `${target.page} ${formFactor}`.replace(/[^a-z0-9]+/gi, '-').replace(/^-/, '');
  const profile = join(work, name);
  // Each run gets its own copy: Lighthouse and the pages change the profile as they go.
  cpSync(profiles[target.profile], profile, {
    recursive: true,
    filter: (src) => !basename(src).startsWith('Singleton'),
  });
  const out = join(REPORTS, `${name}.json`);
  let chrome: ChildProcess | undefined;
  try {
    const launched = await launchChromium(profile);
    chrome = launched.chrome;
    await lighthouse(`${base}${target.path}`, launched.port, formFactor, out);
    return { page: target.page, formFactor, ...readReport(out) };
  } catch (error) {
    return { page: target.page, formFactor, error: (error as Error).message };
  } finally {
    if (chrome) stop(chrome);
    rmSync(profile, { recursive: true, force: true });
  }
}

const HEAD = ['page', 'form factor', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP s', 'TBT ms', 'CLS'];
const WIDTHS = [24, 11, 5, 5, 8, 4, 6, 7, 6];

function line(cells: string[]): string {
  return cells
    .map((c, i) => (i < 2 ? c.padEnd(WIDTHS[i] ?? 0) : c.padStart(WIDTHS[i] ?? 0)))
    .join('  ');
}

function cells(row: Row): string[] {
  if (!row.scores) return [row.page, row.formFactor, `failed: ${row.error ?? 'unknown error'}`];
  const s = row.scores;
  return [
    row.page,
    row.formFactor,
    String(s.performance),
    String(s.accessibility),
    String(s['best-practices']),
    String(s.seo),
    ((row.lcp ?? NaN) / 1000).toFixed(1),
    (row.tbt ?? NaN).toFixed(0),
    (row.cls ?? NaN).toFixed(3),
  ];
}

/** Seeds the profile, runs every row and prints the table and the audits that fell short. */
export async function runLighthouseBenchmark(argv: string[]): Promise<void> {
  const started = Date.now();
  ensureBuild(argv.includes('--build'));
  const filters = argv.filter((a) => !a.startsWith('--'));
  const work = mkdtempSync(join(tmpdir(), 'ccm-lighthouse-'));
  mkdirSync(REPORTS, { recursive: true });
  const { base, stop } = await serveDist();
  const rows: Row[] = [];
  try {
    const profiles = { seeded: join(work, 'seeded'), empty: join(work, 'empty') };
    mkdirSync(profiles.empty);
    const ids = await seed(base, profiles.seeded);
    console.log(`seeded ${ids.examples} examples (bank ${ids.bank}) and a new one (${ids.empty})`);
    const chosen = targets(ids).filter(
      (t) => filters.length === 0 || filters.some((f) => t.page.includes(f)),
    );
    console.log(line(HEAD));
    for (const target of chosen) {
      for (const formFactor of FORM_FACTORS) {
        const row = await measure(target, formFactor, base, profiles, work);
        rows.push(row);
        console.log(line(cells(row)));
      }
    }
  } finally {
    stop();
    rmSync(work, { recursive: true, force: true });
  }
  const missed = rows.filter((row) => row.misses && row.misses.length > 0);
  console.log(
    `\nAudits below full marks (accessibility, best practices, SEO):${missed.length ? '' : ' none'}`,
  );
  for (const row of missed)
    console.log(`  ${row.page} ${row.formFactor}: ${row.misses?.join(', ')}`);
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  console.log(`\n${rows.length} runs in ${minutes} min; reports in .cache/lighthouse/`);
}

await runLighthouseBenchmark(process.argv.slice(2));

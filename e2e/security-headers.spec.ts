import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFor, parseHeadersFile } from '../src/lib/headers-file.mjs';
import { loadModel } from '../src/lib/model/load-model';
import {
  auditPage,
  cspHash,
  directiveSources,
  inlineBlocks,
  metaPolicy,
  SECURITY_HEADERS,
} from '../src/lib/security-headers';
import { EXAMPLES, LANGS, openExample, text } from './example-results';
import { expect, test, type Page } from './fixtures';
import { hydrated } from './helpers';

const DIST = 'dist';
const PAGES = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.html'))
  .sort();
const HEADERS_TEXT = readFileSync(join(DIST, '_headers'), 'utf8');
const HEADERS = headersFor(parseHeadersFile(HEADERS_TEXT), '/');
const POLICY = HEADERS['Content-Security-Policy'] ?? '';
const html = (path: string) => readFileSync(join(DIST, path), 'utf8');

test('every built page carries a meta policy that hashes each inline script and style on it', () => {
  expect(PAGES).toEqual(
    expect.arrayContaining([
      'index.html',
      ...LANGS.flatMap((l) => ['', 'assess/', 'results/'].map((p) => `${l}/${p}index.html`)),
    ]),
  );
  for (const path of PAGES) {
    expect(auditPage(html(path)), path).toEqual([]);
    const policy = metaPolicy(html(path))?.policy ?? '';
    expect(directiveSources(policy, 'script-src'), path).not.toContain("'unsafe-inline'");
    expect(directiveSources(policy, 'default-src'), path).toEqual(["'self'"]);
    expect(html(path), path).toContain('<meta name="referrer" content="no-referrer">');
  }
});

test('the headers file gives every path the policy with frame denial, and the other headers', () => {
  for (const path of ['/', '/en/', '/ar/results/', '/_astro/x.js', '/examples/a.json'])
    expect(headersFor(parseHeadersFile(HEADERS_TEXT), path)).toEqual(HEADERS);
  expect(HEADERS).toMatchObject({ ...SECURITY_HEADERS });
  expect(directiveSources(POLICY, 'frame-ancestors')).toEqual(["'none'"]);
  expect(directiveSources(POLICY, 'object-src')).toEqual(["'none'"]);
  expect(POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
  // The header allows exactly the inline scripts and styles the pages have, no other.
  const present = (kind: 'script' | 'style') =>
    [
      ...new Set(
        PAGES.flatMap((path) =>
          inlineBlocks(html(path))
            .filter((block) => block.kind === kind)
            .map((block) => `'${cspHash(block.text)}'`),
        ),
      ),
    ].sort();
  expect(directiveSources(POLICY, 'script-src')).toEqual(["'self'", ...present('script')]);
  expect(directiveSources(POLICY, 'style-src')).toEqual(["'self'", ...present('style')]);
  // Cloudflare Pages reads at most 2,000 characters a line.
  for (const line of HEADERS_TEXT.split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
});

/** Records the headers of every page the test loads, to check they are the headers file's. */
function recordDocumentHeaders(page: Page): Promise<Record<string, string>>[] {
  const seen: Promise<Record<string, string>>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'document') seen.push(response.allHeaders());
  });
  return seen;
}

/** Goes to a step of the questionnaire by its address and waits for it to show. */
async function showStep(page: Page, step: string): Promise<void> {
  await page.evaluate((s) => (location.hash = `step=${s}`), step);
  await expect(page).toHaveURL(new RegExp(`#step=${step.replace(':', '(:|%3A)')}$`));
  await expect(page.locator('#step-title')).toBeVisible();
}

for (const lang of LANGS) {
  test(`every page, step kind and results section is served with the policy and breaks none of it (${lang})`, async ({
    page,
  }) => {
    const documents = recordDocumentHeaders(page);
    await page.goto('/?choose');
    await expect(page.getByRole('link', { name: text(lang, 'lang.self') })).toBeVisible();

    const id = await openExample(page, lang, 'bank-fragmented');
    await hydrated(page);
    const model = loadModel();
    const steps = [
      'profile',
      'teams',
      ...model.dimensions.map((d) => `dimension:${d.id}`),
      ...model.stages.map((s) => `raci:${s.id}`),
      'summary',
    ];
    for (const step of steps) await showStep(page, step);

    for (const name of EXAMPLES) {
      const exampleId = name === 'bank-fragmented' ? id : await openExample(page, lang, name);
      await page.goto(`/${lang}/results/?id=${exampleId}`);
      await hydrated(page);
      for (const section of ['overview', 'maturity', 'raci', 'heatmap', 'roadmap']) {
        await page.locator(`#${section}`).scrollIntoViewIfNeeded();
        await expect(page.locator(`#${section}-title`)).toBeVisible();
      }
      // The charts draw under the policy: chart.js on a canvas, d3 in SVG.
      await expect(page.locator('#maturity canvas').first()).toBeVisible();
      await expect(page.locator('#heatmap svg').first()).toBeVisible();
    }

    const served = await Promise.all(documents);
    expect(served.length).toBeGreaterThanOrEqual(2 + EXAMPLES.length * 2);
    for (const headers of served)
      expect(headers).toMatchObject({
        'content-security-policy': POLICY,
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'permissions-policy': SECURITY_HEADERS['Permissions-Policy'],
      });
  });
}

test('an inline script the pages do not have is blocked, and the run notices', async ({
  page,
  cspViolations,
}) => {
  await page.goto('/en/');
  await hydrated(page);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "ran";';
    document.body.append(script);
    return document.body.dataset['injected'] ?? 'blocked';
  });
  expect(ran).toBe('blocked');
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  expect(cspViolations.join('\n')).toMatch(/script-src/);
  cspViolations.length = 0;
});

test('a download made from a blob: address still works under the policy', async ({ page }) => {
  await page.goto('/en/');
  await page.evaluate(() =>
    localStorage.setItem('ccm:assessment:broken', '{"storageVersion":1,"id":'),
  );
  await page.reload();
  await hydrated(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: text('en', 'home.damaged.download') }).click();
  const file = await download;
  expect(readFileSync((await file.path()) ?? '', 'utf8')).toBe('{"storageVersion":1,"id":');
});

import { expect, test, type Locator, type Page } from './fixtures';
import type { Analysis } from '../src/domain/analysis';
import { DEFAULT_SETTINGS } from '../src/i18n/format';
import { makeFormatters } from '../src/components/results/view-context';
import { EXAMPLES, expected, LANGS, openResults, text, type Lang } from './example-results';
import {
  expectNoSeriousViolations,
  hydrated,
  openHome,
  startStored,
  storedRecord,
} from './helpers';
import { loadModel } from '../src/lib/model/load-model';

const figure = (page: Page, key: string): Locator =>
  page.locator(`[data-figure="${key}"] [data-value]`);

/** The first orphaned activity of an analysis, in model order. */
function firstOrphan(analysis: Analysis): string {
  const id = Object.keys(analysis.activities).find((a) =>
    analysis.activities[a]?.flags.includes('orphaned'),
  );
  if (!id) throw new Error('no orphaned activity');
  return id;
}

/** Chooses an option of a select with the arrow keys only, as a keyboard user would. */
async function chooseByKeyboard(page: Page, select: Locator, value: string): Promise<void> {
  await select.focus();
  for (const key of ['Home', 'ArrowDown']) {
    for (let i = 0; i < 60 && (await select.inputValue()) !== value; i++) {
      await page.keyboard.press(key);
      if (key === 'Home') break;
    }
  }
  await expect(select).toHaveValue(value);
}

/** Makes a team accountable for an activity with the keyboard in the what-if form. */
async function makeAccountable(page: Page, lang: Lang, activity: string, team: string) {
  await chooseByKeyboard(page, page.locator('#sandbox-activity'), activity);
  await chooseByKeyboard(page, page.locator('#sandbox-team'), team);
  const a = page.getByRole('checkbox', { name: text(lang, 'sandbox.letter.A') });
  await a.focus();
  if (!(await a.isChecked())) await page.keyboard.press('Space');
  await page.getByRole('button', { name: text(lang, 'sandbox.set') }).focus();
  await page.keyboard.press('Enter');
}

for (const lang of LANGS) {
  for (const name of EXAMPLES) {
    test(`the results of ${name} show what analyse() gives, in ${lang}`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await openResults(page, lang, name);
      const analysis = expected(name);
      const fmt = makeFormatters(lang, DEFAULT_SETTINGS);
      await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
      for (const section of ['overview', 'maturity', 'raci', 'heatmap', 'roadmap'])
        await expect(page.locator(`#${section}-title`)).toHaveText(
          text(lang, `results.section.${section}`),
        );
      await expect(page.locator('[data-level-name]')).toHaveText(
        analysis.overall.levelName?.[lang] ?? '',
      );
      const fi = analysis.lifecycle.fragmentationIndex;
      await expect(figure(page, 'fragmentationIndex')).toHaveText(
        fi === null ? text(lang, 'figure.notEnough') : fmt.index(fi),
      );
      await expect(page.locator('[data-top-risks] li')).toHaveCount(3);
      // Every action of every phase, and those that fit no phase (shown under "later").
      await expect(page.locator('#roadmap [data-action]')).toHaveCount(
        analysis.roadmap.phases.reduce((n, p) => n + p.actions.length, 0) +
          analysis.roadmap.later.length,
      );
      expect(errors).toEqual([]);
    });
  }
}

test('the bank’s review × regulatory risk is in the band analyse() gives, and opens its drivers', async ({
  page,
}) => {
  const lang = 'en';
  await openResults(page, lang, 'bank-fragmented');
  const cell = expected('bank-fragmented').heatmap['review']?.regulatory;
  if (!cell || cell.outOfScope) throw new Error('review × regulatory should be scored');
  const target = page.locator('#heatmap .cell[data-stage="review"][data-category="regulatory"]');
  await expect(target).toHaveAttribute('aria-label', new RegExp(text(lang, `band.${cell.band}`)));
  await expect(target.locator(`.band-${cell.band}`)).toHaveCount(1);
  await target.focus();
  await page.keyboard.press('Enter');
  const drivers = page.locator('#heatmap section.drivers');
  await expect(drivers).toBeVisible();
  await expect(drivers.locator('li')).toHaveCount(cell.drivers.length);
  await expect(drivers).toContainText(cell.drivers.at(-1)?.text.en ?? '');
});

for (const lang of LANGS) {
  test(`what-if: the control function accountable for an orphan clears its flag, then reset and apply (${lang})`, async ({
    page,
  }) => {
    const id = await openResults(page, lang, 'bank-fragmented');
    const analysis = expected('bank-fragmented');
    const orphan = firstOrphan(analysis);
    const orphanName = text(lang, 'figure.orphanRate');
    const option = page.locator(`#sandbox-activity option[value="${orphan}"]`);
    const orphanedFlag = analysis.activities[orphan]?.flagDetails.find((f) => f.id === 'orphaned');
    const flagName = orphanedFlag?.name[lang] ?? 'orphaned';
    await expect(option).toContainText(flagName);
    // An orphan counts as its own owner in the concentration, so the orphan rate is what moves.
    const fragmentation = figure(page, 'orphanRate');
    const before = (await fragmentation.textContent()) ?? '';

    await makeAccountable(page, lang, orphan, 'ccm');
    await expect(option).not.toContainText(flagName);
    await expect(fragmentation).not.toHaveText(before);
    await expect(page.locator('[data-sandbox-live]')).toContainText(orphanName);

    await page.getByRole('button', { name: text(lang, 'sandbox.reset') }).click();
    await expect(fragmentation).toHaveText(before);
    await expect(option).toContainText(flagName);

    await makeAccountable(page, lang, orphan, 'ccm');
    await expect(fragmentation).not.toHaveText(before);
    const after = (await fragmentation.textContent()) ?? '';
    await page.getByRole('button', { name: text(lang, 'sandbox.apply') }).click();
    await expect(page.getByText(text(lang, 'sandbox.applied'))).toBeVisible();
    const stored = await storedRecord(page, id);
    expect(stored.assessment.status).toBe('draft');
    expect(stored.assessment.raci[orphan]).toMatchObject({ ccm: 'A' });

    await page.reload();
    await hydrated(page);
    await expect(fragmentation).toHaveText(after);
    await expect(option).not.toContainText(flagName);
  });
}

test('the what-if can be reached and operated from the keyboard alone', async ({ page }) => {
  const lang = 'en';
  await openResults(page, lang, 'bank-fragmented');
  await page.locator('body').focus();
  let reached = false;
  for (let i = 0; i < 250 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.id === 'sandbox-activity');
  }
  expect(reached, 'Tab reaches the what-if form').toBe(true);
  const orphan = firstOrphan(expected('bank-fragmented'));
  const coverage = figure(page, 'controlFunctionCoverage');
  await expect(coverage).toHaveText('0%');
  await makeAccountable(page, lang, orphan, 'ccm');
  await expect(coverage).not.toHaveText('0%');
  await page.getByRole('button', { name: text(lang, 'sandbox.reset') }).focus();
  await page.keyboard.press('Enter');
  await expect(coverage).toHaveText('0%');
});

test('an A typed into the RACI matrix in edit mode is a what-if edit too', async ({ page }) => {
  const lang = 'en';
  const id = await openResults(page, lang, 'bank-fragmented');
  const analysis = expected('bank-fragmented');
  const orphan = firstOrphan(analysis);
  const row = Object.keys(analysis.activities).indexOf(orphan);
  const teams = (await storedRecord(page, id)).assessment.teams.map((t) => t.id);
  await page.getByRole('button', { name: text(lang, 'results.raci.editInMatrix') }).click();
  const cell = page.locator(`#raci [data-row="${row}"][data-col="${teams.indexOf('ccm') + 1}"]`);
  await cell.focus();
  await page.keyboard.press('a');
  const option = page.locator(`#sandbox-activity option[value="${orphan}"]`);
  await expect(option).not.toContainText(
    analysis.activities[orphan]?.flagDetails[0]?.name.en ?? '',
  );
  await expect(page.locator('[data-sandbox-live]')).toContainText(text(lang, 'figure.orphanRate'));
});

for (const lang of LANGS) {
  test(`the results page has no serious accessibility violation (${lang})`, async ({ page }) => {
    await openResults(page, lang, 'bank-fragmented');
    await expectNoSeriousViolations(page, `/${lang}/results/`);
  });
}

test('the address keeps the section: a link with #roadmap opens there, the nav moves it', async ({
  page,
}) => {
  const id = await openResults(page, 'en', 'bank-fragmented');
  await page.goto(`/en/results/?id=${id}#roadmap`);
  await hydrated(page);
  await expect(page.locator('#roadmap-title')).toBeInViewport();
  const nav = page.getByRole('navigation', { name: text('en', 'results.sections') });
  await expect(
    nav.getByRole('link', { name: text('en', 'results.section.roadmap') }),
  ).toHaveAttribute('aria-current', 'location');
  await nav.getByRole('link', { name: text('en', 'results.section.heatmap') }).click();
  await expect(page).toHaveURL(/#heatmap$/);
  await expect(page.locator('#heatmap-title')).toBeInViewport();
});

for (const lang of LANGS) {
  test(`a link to a section lands there and keeps it, after a reload too (${lang})`, async ({
    page,
  }) => {
    const id = await openResults(page, lang, 'bank-fragmented');
    for (const section of ['heatmap', 'maturity', 'raci']) {
      await page.goto(`/${lang}/results/?id=${id}#${section}`);
      await hydrated(page);
      // The sections above build as they come near: wait for the page to settle.
      await page.waitForTimeout(1500);
      await expect(page.locator(`#${section}-title`)).toBeInViewport();
      await expect(page).toHaveURL(new RegExp(`#${section}$`));
      await page.reload();
      await hydrated(page);
      await page.waitForTimeout(1500);
      await expect(page.locator(`#${section}-title`)).toBeInViewport();
      await expect(page).toHaveURL(new RegExp(`#${section}$`));
    }
  });

  test(`an assessment with no answers says so on the overview, instead of risks and actions (${lang})`, async ({
    page,
  }) => {
    await openHome(page, lang);
    const id = await startStored(page, text(lang, 'home.new'), text(lang, 'profile.name'), 'Blank');
    await page.goto(`/${lang}/results/?id=${id}`);
    await hydrated(page);
    const empty = page.locator('#overview [data-no-answers]');
    await expect(empty).toHaveCount(2);
    await expect(empty.first()).toHaveText(text(lang, 'overview.noAnswers'));
    await expect(page.locator('#overview [data-top-risks]')).toHaveCount(0);
    await expect(page.locator('#overview [data-first-actions]')).toHaveCount(0);
    const answer = page.getByRole('link', { name: text(lang, 'overview.answerNow') }).first();
    await answer.click();
    await page.waitForURL(/\/assess\/\?id=/);
  });

  test(`a long unbroken organisation name wraps inside its heading on a phone (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const id = await openResults(page, lang, 'bank-fragmented');
    await page.evaluate((key) => {
      const record = JSON.parse(localStorage.getItem(key) ?? '{}') as {
        assessment: { organisation: { name: string } };
      };
      record.assessment.organisation.name = 'Wadi'.repeat(15) + 'RetailBankingGroup';
      localStorage.setItem(key, JSON.stringify(record));
    }, `ccm:assessment:${id}`);
    for (const path of ['results', 'assess']) {
      await page.goto(`/${lang}/${path}/?id=${id}`);
      await hydrated(page);
      const heading = page.locator('h1').first();
      await expect(heading).toContainText('WadiWadi');
      const box = await heading.evaluate((h) => {
        const r = h.getBoundingClientRect();
        return { left: r.left, right: r.right, width: document.documentElement.clientWidth };
      });
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(box.width);
      const page_ = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(page_.scroll).toBeLessThanOrEqual(page_.client);
    }
  });

  test(`on a phone the results never scroll sideways, and print shows every section (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openResults(page, lang, 'bank-fragmented');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.emulateMedia({ media: 'print' });
    await expect(
      page.getByRole('navigation', { name: text(lang, 'results.sections') }),
    ).toBeHidden();
    for (const section of ['overview', 'maturity', 'raci', 'heatmap', 'roadmap'])
      await expect(page.locator(`#${section}`)).toBeVisible();
    const actions = page.locator('#roadmap [data-action]');
    for (let i = 0; i < (await actions.count()); i++) await expect(actions.nth(i)).toBeVisible();
  });
}

test('a missing assessment says so and links back to the list', async ({ page }) => {
  await page.goto('/en/results/?id=nothing-here');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    text('en', 'wizard.notFound.title'),
  );
  await expect(page.getByRole('link', { name: text('en', 'wizard.backHome') })).toBeVisible();
});

test('a damaged record is described, never analysed or changed', async ({ page }) => {
  await page.goto('/en/');
  await page.evaluate(() => localStorage.setItem('ccm:assessment:broken', '{"storageVersion": 1'));
  await page.goto('/en/results/?id=broken');
  await hydrated(page);
  await expect(page.getByText(text('en', 'home.damaged.title'))).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('ccm:assessment:broken'))).toBe(
    '{"storageVersion": 1',
  );
});

for (const [lang, name] of [
  ['en', 'bank-fragmented'],
  ['ar', 'bank-fragmented'],
  ['en', 'government-agency'],
  ['en', 'telecom-controlled'],
] as const) {
  test(`a what-if edit: the matrix shows it before the next frame, every view by the frame after (${name}, ${lang})`, async ({
    page,
  }) => {
    await openResults(page, lang, name);
    const analysis = expected(name);
    // An orphaned activity where there is one, else one the control function does not own.
    const ids = Object.keys(analysis.activities);
    const activity =
      ids.find((a) => analysis.activities[a]?.flags.includes('orphaned')) ??
      ids.find((a) => {
        const result = analysis.activities[a];
        return result?.status === 'answered' && !result.accountable.includes('ccm');
      });
    if (!activity) throw new Error(`${name} has no activity to give to the control function`);
    const orphaned = analysis.activities[activity]?.flagDetails.find((f) => f.id === 'orphaned');
    await chooseByKeyboard(page, page.locator('#sandbox-activity'), activity);
    await chooseByKeyboard(page, page.locator('#sandbox-team'), 'ccm');
    await page.locator('#raci').scrollIntoViewIfNeeded();
    // What a reader sees of the overview, the matrix, the heatmap and the what-if form and bar:
    // read before the edit; in the same task as the edit (before any frame); once two frames
    // have been painted after it; and once settled.
    const seen = await page.evaluate(async () => {
      const read = (at: string): string => {
        const root = document.querySelector(at);
        const labels = [...(root?.querySelectorAll('[aria-label]') ?? [])].map((e) =>
          e.getAttribute('aria-label'),
        );
        return `${root?.textContent ?? ''}|${labels.join('|')}`;
      };
      const views = (): string =>
        ['#overview', '#raci', '#heatmap', '[data-sandbox-bar]'].map(read).join('\n');
      const button = [...document.querySelectorAll<HTMLButtonElement>('.panel button')].find(
        (b) => b.type === 'button',
      );
      const before = { matrix: read('#raci svg.matrix'), views: views() };
      const sameTask = await new Promise<string>((done) => {
        button?.click();
        // The matrix updates in a microtask queued by the edit; this one runs after it.
        queueMicrotask(() => queueMicrotask(() => done(read('#raci svg.matrix'))));
      });
      for (let frame = 0; frame < 2; frame++)
        await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
      const twoFrames = views();
      await new Promise((rest) => setTimeout(rest, 600));
      return { before, sameTask, twoFrames, settled: views() };
    });
    expect(seen.sameTask).not.toBe(seen.before.matrix);
    expect(seen.settled).not.toBe(seen.before.views);
    expect(seen.twoFrames).toBe(seen.settled);
    if (orphaned)
      await expect(page.locator(`#sandbox-activity option[value="${activity}"]`)).not.toContainText(
        orphaned.name[lang],
      );
  });
}

for (const lang of LANGS) {
  test(`on a phone the activity names stay in view while the matrix scrolls sideways (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openResults(page, lang, 'bank-fragmented');
    const matrix = page.locator('#raci svg.matrix');
    await matrix.scrollIntoViewIfNeeded();
    const scroller = page.locator('#raci .scroller:has(svg.matrix)');
    // Scroll the teams as far as they go: to the left in English, to the right in Arabic.
    await scroller.evaluate((e, rtl) => {
      e.scrollLeft = rtl ? -e.scrollWidth : e.scrollWidth;
    }, lang === 'ar');
    const name = loadModel().activities[0]?.name[lang] ?? '';
    const names = page.locator('#raci svg.names');
    await expect(names).toBeVisible();
    await expect(names).toContainText(name.split(' ')[0] ?? name);
    const box = await names.boundingBox();
    const view = await scroller.boundingBox();
    expect(box && view).toBeTruthy();
    if (!box || !view) return;
    // The names sit at the scroller's inline start, inside what is shown.
    if (lang === 'en') expect(Math.abs(box.x - view.x)).toBeLessThan(3);
    else expect(Math.abs(box.x + box.width - (view.x + view.width))).toBeLessThan(3);
  });
}

for (const lang of LANGS) {
  test(`when the model cannot be fetched the results page says so, and the assessment is kept (${lang})`, async ({
    page,
  }) => {
    const id = await openResults(page, lang, 'bank-fragmented');
    const before = await storedRecord(page, id);
    // A new build's address, as a browser would meet it with an old page: not found.
    await page.route('**/client-model.json*', (route) => route.fulfill({ status: 404 }));
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('alert')).toHaveText(text(lang, 'results.modelFailed'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(lang, 'results.title'));
    expect(await storedRecord(page, id)).toEqual(before);
    // Once it can be fetched again, the page shows the assessment.
    await page.unroute('**/client-model.json*');
    await page.reload();
    await expect(page.locator('#overview-title')).toBeVisible();
  });
}

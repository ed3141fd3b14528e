// Issue #13's walk, as a team re-taking the assessment would: from the bank example (2026-Q3),
// start 2026-Q4, change three answers and one RACI cell, mark two actions done and one in
// progress; the compare view lists exactly those changes, the trend shows both periods,
// progress against the projection shows per dimension; after a reload everything is still there.
import { expect, test, type Page } from './fixtures';
import { hydrated, saved } from './helpers';
import { LANGS, openResults, text, type Lang } from './example-results';
import { choose, openForm, save } from './roadmap-tracking';

const ANSWERS = ['ownership.owner', 'ownership.inventory', 'ownership.disputes'];

async function startNextQuarter(page: Page, lang: Lang): Promise<string> {
  await page.getByRole('button', { name: text(lang, 'home.nextQuarter'), exact: true }).click();
  await page.waitForURL(/\/assess\/\?next=/);
  await page.goto(`${page.url().split('#')[0]}#step=dimension:ownership`);
  await hydrated(page);
  for (const question of ANSWERS)
    await page.locator(`input[name="q-${question}"][value="3"]`).check();
  await page.waitForURL(/\/assess\/\?id=/);
  await page.goto(`${page.url().split('#')[0]}#step=raci:data`);
  await hydrated(page);
  await page.locator('[data-row="0"][data-col="0"] button.letter').nth(1).click();
  await saved(page);
  return new URL(page.url()).searchParams.get('id') ?? '';
}

async function expectComparison(page: Page, lang: Lang): Promise<void> {
  await expect(page.locator('[data-changed-answers] tbody tr')).toHaveCount(ANSWERS.length);
  await expect(page.locator('[data-changed-raci] tbody tr')).toHaveCount(1);
  await expect(page.locator('[data-projection] tbody tr').first()).toBeVisible();
  await expect(page.getByRole('img', { name: text(lang, 'compare.trend.chart') })).toBeVisible();
  await page.getByRole('button', { name: text(lang, 'chart.showTable') }).click();
  // The dimension column and the two periods.
  await expect(page.locator('[data-trend] thead th')).toHaveCount(3);
}

for (const lang of LANGS) {
  test(`a quarter re-taken, tracked and compared with the last (${lang})`, async ({ page }) => {
    test.slow();
    const q3 = await openResults(page, lang, 'bank-fragmented');
    const q4 = await startNextQuarter(page, lang);

    await page.goto(`/${lang}/results/?id=${q4}`);
    await hydrated(page);
    // The first phase's first three actions (the new answers changed which ones they are).
    const first = page.locator('#phase-stabilise [data-action]');
    await expect(first.nth(2)).toBeVisible();
    const [done1, done2, started] = await first.evaluateAll((cards) =>
      cards.slice(0, 3).map((card) => (card as HTMLElement).dataset['action'] ?? ''),
    );
    const DONE = [done1 ?? '', done2 ?? ''];
    const STARTED = started ?? '';
    for (const done of DONE) {
      const action = await openForm(page, lang, done);
      await choose(page, action.getByLabel(text(lang, 'roadmap.track.status')), 2);
      await save(page, lang, action);
    }
    const inProgress = await openForm(page, lang, STARTED);
    await choose(page, inProgress.getByLabel(text(lang, 'roadmap.track.status')), 1);
    await save(page, lang, inProgress);

    await page.goto(`/${lang}/compare/?before=${q3}&after=${q4}`);
    await hydrated(page);
    await expectComparison(page, lang);
    await page.reload();
    await hydrated(page);
    await expectComparison(page, lang);

    const stored = await page.evaluate((key) => localStorage.getItem(key), `ccm:assessment:${q4}`);
    const record = JSON.parse(stored ?? '{}') as {
      assessment: { roadmap: object; previous: object; period: string };
    };
    expect(record.assessment.period).toBe('2026-Q4');
    expect(record.assessment.previous).toEqual({ period: '2026-Q3', assessmentId: q3 });
    expect(record.assessment.roadmap).toMatchObject({
      [done1 ?? '']: 'done',
      [done2 ?? '']: 'done',
      [STARTED]: 'in-progress',
    });
  });
}

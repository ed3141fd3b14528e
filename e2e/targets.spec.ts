import { expect, test, type Page } from './fixtures';
import { readFileSync } from 'node:fs';
import { analyse } from '../src/domain/analyse';
import type { Assessment } from '../src/domain/schemas/assessment';
import { parseAssessment } from '../src/domain/schemas/parse-assessment';
import { DEFAULT_SETTINGS } from '../src/i18n/format';
import { makeFormatters } from '../src/components/results/view-context';
import { loadModel } from '../src/lib/model/load-model';
import { shownGap } from '../src/lib/shown-gap';
import { filled, LANGS, openExample, type Lang } from './example-results';
import { expectNoSeriousViolations, hydrated, saved, settled } from './helpers';

const model = loadModel();
const REQUIRED = ['data', 'triggers', 'content', 'review'];

/** The page's strings in one language, with `{placeholders}` filled as the page fills them. */
function translator(lang: Lang): (key: string, params?: Record<string, string>) => string {
  return (key, params = {}) => filled(lang, key, params);
}

function bank(targets: Assessment['targets'] = {}) {
  const parsed = parseAssessment(JSON.parse(readFileSync('examples/bank-fragmented.json', 'utf8')));
  if (!parsed.ok) throw new Error('the bank example does not parse');
  return analyse(model, { ...parsed.value, targets });
}

/** The overview's line for a dimension, written as the page should write it. */
function targetLine(lang: Lang, analysis: ReturnType<typeof bank>, id: string): string {
  const t = translator(lang);
  const fmt = makeFormatters(lang, DEFAULT_SETTINGS);
  const d = analysis.dimensions[id];
  if (!d || d.score === null || d.gap === null) throw new Error(`${id} has no score`);
  const figures = { score: fmt.score(d.score), target: fmt.count(d.target) };
  return d.gap <= 0
    ? t('overview.target.met', figures)
    : t('overview.target.gap', { ...figures, gap: fmt.score(shownGap(d.score, d.target)) });
}

/** Opens the bank example at a step of the questionnaire; returns its id. */
async function openBank(page: Page, lang: Lang, step = 'profile'): Promise<string> {
  const id = await openExample(page, lang, 'bank-fragmented');
  await page.goto(`/${lang}/assess/?id=${id}#step=${step}`);
  await hydrated(page);
  await expect(page.locator('#step-title')).toBeVisible();
  return id;
}

async function openResults(page: Page, lang: Lang, id: string): Promise<void> {
  await page.goto(`/${lang}/results/?id=${id}`);
  await hydrated(page);
  await expect(page.locator('#overview-title')).toBeVisible();
  await settled(page);
}

async function stored(page: Page, id: string): Promise<Assessment> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), `ccm:assessment:${id}`);
  return (JSON.parse(raw ?? 'null') as { assessment: Assessment }).assessment;
}

for (const lang of LANGS) {
  const t = translator(lang);

  test(`the bank’s overview and radar show each target and gap (${lang})`, async ({ page }) => {
    const analysis = bank();
    await openResults(page, lang, await openBank(page, lang));
    for (const id of ['ownership', 'data', 'review', 'traceability'])
      expect(analysis.dimensions[id]?.target, id).toBe(4);
    const rows = page.locator('[data-targets] li');
    await expect(rows).toHaveCount(model.dimensions.length);
    for (const { id } of model.dimensions)
      await expect(page.locator(`[data-targets] li[data-dimension="${id}"]`)).toContainText(
        targetLine(lang, analysis, id),
      );
    const weakest = analysis.overall.weakest ?? '';
    await expect(page.locator('[data-weakest]')).toContainText(
      model.dimensions.find((d) => d.id === weakest)?.name[lang] ?? weakest,
    );
    const level = analysis.overall.level ?? 1;
    await expect(page.locator('[data-next-level]')).toHaveText(
      t('overview.onTheWay', { level: model.levels[level]?.name[lang] ?? '' }),
    );

    const maturity = page.locator('#maturity');
    await maturity.scrollIntoViewIfNeeded();
    await maturity.getByRole('button', { name: t('chart.showTable') }).click();
    const table = page.locator('#maturity table');
    await expect(
      table.getByRole('columnheader', { name: t('radar.table.target'), exact: true }),
    ).toBeVisible();
    const ownership = table.locator('tbody tr').first();
    await expect(ownership.getByRole('rowheader')).toHaveText(
      model.dimensions[0]?.name[lang] ?? '',
    );
    const fmt = makeFormatters(lang, DEFAULT_SETTINGS);
    await expect(ownership.locator('[data-target]')).toHaveText(fmt.count(4));
    const own = analysis.dimensions['ownership'];
    await expect(ownership.locator('[data-gap]')).toHaveText(
      fmt.score(shownGap(own?.score ?? 0, own?.target ?? 0)),
    );
  });

  test(`a target changed in the profile step changes the gap on the results (${lang})`, async ({
    page,
  }) => {
    const id = await openBank(page, lang);
    const ownership = page.locator('[data-target="ownership"] select');
    await expect(ownership).toHaveAccessibleName(model.dimensions[0]?.name[lang] ?? '');
    await expect(ownership).toHaveValue('4');
    await expect(ownership.locator('option:checked')).toContainText(
      t('profile.targets.defaultOption', { option: '' }).trim(),
    );
    await ownership.selectOption('2');
    await saved(page);
    expect((await stored(page, id)).targets).toEqual({ ownership: 2 });

    await openResults(page, lang, id);
    await expect(page.locator('[data-targets] li[data-dimension="ownership"]')).toContainText(
      targetLine(lang, bank({ ownership: 2 }), 'ownership'),
    );

    await page.goto(`/${lang}/assess/?id=${id}#step=profile`);
    await hydrated(page);
    await page.getByRole('button', { name: t('profile.targets.reset') }).click();
    await expect(page.locator('[data-target="ownership"] select')).toHaveValue('4');
    await saved(page);
    expect((await stored(page, id)).targets).toEqual({});
  });

  test(`the four stages where messages start cannot be put out of scope (${lang})`, async ({
    page,
  }) => {
    const id = await openBank(page, lang);
    for (const stage of REQUIRED) {
      const box = page.locator(`[data-scope="stages.${stage}"] input`);
      await expect(box).toBeChecked();
      await expect(box).toBeDisabled();
      await expect(box).toHaveAccessibleDescription(/./);
    }
    await page.locator('[data-scope="stages.review"] input').click({ force: true });
    await expect(page.locator('[data-scope="stages.review"] input')).toBeChecked();
    await expect(page.locator('[data-scope="stages.delivery"] input')).toBeEnabled();
    expect((await stored(page, id)).outOfScope?.stages ?? []).toEqual([]);
    await expectNoSeriousViolations(page, `${lang} profile with targets and sponsor`);
  });

  test(`the executive sponsor is chosen among the teams and saved (${lang})`, async ({ page }) => {
    const id = await openBank(page, lang);
    const sponsor = page.getByLabel(t('profile.sponsor'), { exact: true });
    await expect(sponsor).toHaveAccessibleDescription(t('profile.sponsor.hint'));
    // The bank's teams include the executive committee, the model's default sponsor.
    await expect(sponsor).toHaveValue('executive');
    await sponsor.selectOption('compliance');
    await saved(page);
    expect((await stored(page, id)).organisation.sponsor).toBe('compliance');
    await page.reload();
    await hydrated(page);
    const again = page.getByLabel(t('profile.sponsor'), { exact: true });
    await expect(again).toHaveValue('compliance');
    await again.selectOption('executive');
    await saved(page);
    expect((await stored(page, id)).organisation.sponsor).toBeUndefined();
  });

  test(`on a phone the radar's table with targets scrolls in its own box (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openResults(page, lang, await openBank(page, lang));
    const maturity = page.locator('#maturity');
    await maturity.getByRole('button', { name: t('chart.showTable') }).click();
    const box = maturity.getByRole('region', { name: t('radar.table.caption') });
    await expect(box).toBeVisible();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
    ).toBeLessThanOrEqual(0);
  });
}

import { readFileSync } from 'node:fs';
import { analyse } from '../src/domain/analyse';
import { compareAssessments } from '../src/domain/compare/compare-assessments';
import { compareHeatmaps } from '../src/domain/compare/compare-heatmap';
import { parseAssessment } from '../src/domain/schemas/parse-assessment';
import { loadModel } from '../src/lib/model/load-model';
import { LANGS, text } from './example-results';
import { expect, test } from './fixtures';
import { expectNoSeriousViolations, hydrated, openHome } from './helpers';

const FILES = ['examples/bank-fragmented.json', 'scripts/fixtures/bank-2026-Q4.json'];
const upload = (path: string) => ({
  name: path.split('/').at(-1) ?? 'a.json',
  mimeType: 'application/json',
  buffer: readFileSync(path),
});
const read = (path: string) => {
  const parsed = parseAssessment(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(path);
  return parsed.value;
};
const model = loadModel();
// What the page must list, from the product's own comparison of the two files.
const expected = compareAssessments(model, read(FILES[0]!), read(FILES[1]!));
const cells = Object.values(
  compareHeatmaps(analyse(model, read(FILES[0]!)).heatmap, analyse(model, read(FILES[1]!)).heatmap),
).flatMap((row) => Object.values(row));
const count = (trend: string) => cells.filter((c) => c.trend === trend).length;

for (const lang of LANGS) {
  test(`two quarters of the bank compared side by side: exactly the changes, kept after a reload (${lang})`, async ({
    page,
  }) => {
    await openHome(page, lang);
    await page.locator('#import-file').setInputFiles(FILES.map(upload));
    await expect(page.locator('.item')).toHaveCount(2);
    await page.getByRole('link', { name: text(lang, 'nav.compare'), exact: true }).click();
    await page.waitForURL(/\/compare\//);
    await hydrated(page);

    const answers = page.locator('[data-changed-answers] tbody tr');
    await expect(answers).toHaveCount(expected.changedAnswers.length);
    for (const change of expected.changedAnswers) {
      const question = model.questions.find((q) => q.id === change.question)?.text[lang] ?? '';
      await expect(answers.filter({ hasText: question })).toHaveCount(1);
    }
    await expect(page.locator('[data-changed-raci] tbody tr')).toHaveCount(
      expected.changedRaci.length,
    );
    await expect(page.locator('[data-flags="lost"] li')).toHaveCount(expected.flagsLost.length);
    await expect(page.locator('[data-projection] tbody tr')).toHaveCount(
      Object.keys(expected.projection).length,
    );
    const heatmap = page.locator('[data-heatmap-difference]');
    await expect(heatmap.locator('tbody tr')).toHaveCount(model.stages.length);
    for (const trend of ['better', 'worse', 'same'])
      await expect(heatmap.locator(`td.${trend}`)).toHaveCount(count(trend));
    expect(count('better')).toBeGreaterThan(0);
    // Both quarters of the bank in the organisation's trend: a chart, and the table behind it.
    await expect(page.getByRole('img', { name: text(lang, 'compare.trend.chart') })).toBeVisible();
    await page.getByRole('button', { name: text(lang, 'chart.showTable') }).click();
    await expect(page.locator('[data-trend] thead th')).toHaveCount(3);
    await expectNoSeriousViolations(page, `${lang} compare`);

    const address = page.url();
    expect(address).toMatch(/before=.+&after=.+/);
    await page.reload();
    await hydrated(page);
    await expect(page.locator('[data-changed-answers] tbody tr')).toHaveCount(
      expected.changedAnswers.length,
    );
    expect(page.url()).toBe(address);
  });
}

test('with fewer than two saved assessments the page says what it needs', async ({ page }) => {
  await page.goto('/ar/compare/');
  await hydrated(page);
  await expect(page.getByText(text('ar', 'compare.needTwo'))).toBeVisible();
  await expect(page.getByRole('link', { name: text('ar', 'compare.toStart') })).toBeVisible();
});

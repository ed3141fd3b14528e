import { expect, test, type Page } from './fixtures';
import { readFileSync } from 'node:fs';
import { LANGS, openExample, text, type Lang } from './example-results';
import { expectNoSeriousViolations, hydrated, settled } from './helpers';
const model = JSON.parse(readFileSync('data/model.json', 'utf8')) as {
  dimensions: { id: string; name: Record<Lang, string> }[];
};

/** A number as the page writes it (Latin or Arabic-Indic digits), read back as a number. */
function readNumber(written: string): number {
  const latin = written
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace('٫', '.')
    .replace(/[^\d.]/g, '');
  return Number(latin);
}

/** Copies the fragmented bank into the browser and returns its id. */
const openBank = (page: Page, lang: Lang): Promise<string> =>
  openExample(page, lang, 'bank-fragmented');

async function openResults(page: Page, lang: Lang, id: string): Promise<void> {
  await page.goto(`/${lang}/results/?id=${id}`);
  await hydrated(page);
  await expect(page.locator('#heatmap-title')).toBeVisible();
  await settled(page);
}

/** Leaves the dimensions behind the feedback stage out of scope in the stored assessment. */
async function leaveFeedbackDimensionsOut(page: Page, id: string): Promise<void> {
  await page.evaluate((key) => {
    const record = JSON.parse(localStorage.getItem(key) ?? '{}') as {
      assessment: { outOfScope?: { stages: string[]; dimensions: string[] } };
    };
    const stages = record.assessment.outOfScope?.stages ?? [];
    record.assessment.outOfScope = {
      stages,
      dimensions: ['feedback', 'responsiveness', 'centricity'],
    };
    localStorage.setItem(key, JSON.stringify(record));
  }, `ccm:assessment:${id}`);
}

for (const lang of LANGS) {
  test(`the heatmap writes one-decimal scores and ranks its table as the three biggest risks are ranked (${lang})`, async ({
    page,
  }) => {
    await openResults(page, lang, await openBank(page, lang));
    const scores = await page.locator('#heatmap .cell .score').allTextContents();
    expect(scores).toHaveLength(32);
    for (const score of scores) expect(score).toMatch(/^[\d٠-٩]+[.٫][\d٠-٩]$/);

    const top = await page.locator('[data-top-risks] [data-score]').allTextContents();
    expect(top).toHaveLength(3);
    await page.locator('#heatmap button.toggle').first().click();
    const rows = page.locator('#heatmap table tbody tr');
    await expect(rows).toHaveCount(32);
    const ranked: { rank: number; score: number }[] = [];
    for (let i = 0; i < 32; i++) {
      const cells = await rows.nth(i).locator('td').allTextContents();
      ranked.push({ rank: readNumber(cells[0] ?? ''), score: readNumber(cells[4] ?? '') });
    }
    ranked.forEach((row, i) => {
      const before = ranked[i - 1];
      if (!before) return;
      expect(row.score).toBeLessThanOrEqual(before.score);
      expect(row.rank).toBeGreaterThanOrEqual(before.rank);
    });
    ranked.slice(0, 3).forEach((row, i) => {
      expect(readNumber((top[i] ?? '').split(/[=＝]/)[0] ?? '')).toBe(row.score);
    });
  });

  test(`a stage with no in-scope answered dimension is shown as unknown, never as safe (${lang})`, async ({
    page,
  }) => {
    const id = await openBank(page, lang);
    await leaveFeedbackDimensionsOut(page, id);
    await openResults(page, lang, id);
    const feedback = page.locator('#heatmap .cell[data-stage="feedback"]');
    await expect(feedback).toHaveCount(4);
    for (let i = 0; i < 4; i++) {
      const cell = feedback.nth(i);
      await expect(cell.locator('.box.unknown')).toHaveCount(1);
      await expect(cell.locator('[class*="band-"]')).toHaveCount(0);
      await expect(cell.locator('.score')).toHaveText(text(lang, 'heatmap.unratedMark'));
      await expect(cell).toContainText(text(lang, 'heatmap.unrated'));
    }
    await feedback.first().focus();
    await page.keyboard.press('Enter');
    const drivers = page.locator('#heatmap section.drivers');
    await expect(drivers).toContainText(text(lang, 'heatmap.unratedNote'));
    await page.keyboard.press('Escape');

    await page.locator('#heatmap button.toggle').first().click();
    const unrated = page.locator('#heatmap table tbody tr', {
      has: page.locator('td.unknown'),
    });
    await expect(unrated).toHaveCount(4);
    await expect(unrated.first().locator('td').first()).toHaveText('–');
    await expectNoSeriousViolations(page, `/${lang}/results/ with unknown cells, as a table`);
  });

  test(`the overview lists the questions the workshop is divided on, each linking to its step (${lang})`, async ({
    page,
  }) => {
    const id = await openBank(page, lang);
    await openResults(page, lang, id);
    const divided = page.locator('[data-divided-questions]');
    await expect(divided.getByRole('heading')).toHaveText(text(lang, 'workshop.divided.title'));
    const item = divided.locator('li[data-question="review.timing"]');
    await expect(item).toBeVisible();
    const link = item.getByRole('link');
    await expect(link).toHaveAttribute('href', `/${lang}/assess/?id=${id}#step=dimension:review`);
    await link.click();
    await page.waitForURL(/\/assess\//);
    await hydrated(page);
    const review = model.dimensions.find((d) => d.id === 'review')?.name[lang] ?? 'review';
    await expect(page.locator('#step-title')).toHaveText(review);
  });
}

import { expect, test } from './fixtures';
import { LANGS, openExample, openResults, text } from './example-results';
import { hydrated } from './helpers';

for (const lang of LANGS) {
  test(`the questionnaire's section list fits a laptop screen and keeps the current step in view (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const id = await openExample(page, lang, 'bank-fragmented');
    await page.goto(`/${lang}/assess/?id=${id}#step=dimension:centricity`);
    await hydrated(page);
    await expect(page.locator('#step-title')).toBeVisible();
    const nav = page.getByRole('navigation', { name: text(lang, 'wizard.sections') });
    // Read down a long step: the list sticks, whole, to the top of the screen.
    await page.evaluate(() => scrollTo(0, 400));
    await expect
      .poll(async () => {
        const box = await nav.boundingBox();
        return box ? box.y >= 0 && box.y + box.height <= 768 : false;
      })
      .toBe(true);
    const current = nav.locator('[aria-current="step"]');
    await expect(current).toBeInViewport();
    const [inner, outer] = await Promise.all([current.boundingBox(), nav.boundingBox()]);
    expect(inner?.y ?? -1).toBeGreaterThanOrEqual(outer?.y ?? 0);
    expect((inner?.y ?? 0) + (inner?.height ?? 0)).toBeLessThanOrEqual(
      (outer?.y ?? 0) + (outer?.height ?? 0) + 1,
    );
  });
}

for (const lang of LANGS) {
  test(`a heatmap cell's explanation opens beside the grid on a laptop and below it on a phone (${lang})`, async ({
    page,
  }) => {
    const id = await openResults(page, lang, 'bank-fragmented');
    for (const [width, beside] of [
      [1366, true],
      [390, false],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/${lang}/results/?id=${id}#heatmap`);
      await hydrated(page);
      const cell = page.locator('#heatmap .cell[data-stage="review"]').first();
      await cell.focus();
      await page.keyboard.press('Enter');
      const drivers = page.locator('#heatmap section.drivers');
      await expect(drivers).toBeVisible();
      const grid = await page.locator('#heatmap .measure').boundingBox();
      const panel = await drivers.boundingBox();
      if (!grid || !panel) throw new Error('the grid or the panel has no box');
      const apart =
        lang === 'ar' ? grid.x - (panel.x + panel.width) : panel.x - (grid.x + grid.width);
      if (beside) {
        expect(apart, 'the panel sits beside the grid').toBeGreaterThanOrEqual(0);
        expect(panel.y).toBeLessThan(grid.y + grid.height);
      } else {
        expect(panel.y, 'the panel sits below the grid').toBeGreaterThanOrEqual(
          grid.y + grid.height,
        );
      }
    }
  });
}

test('English pages fetch no Arabic font for the language link; Arabic pages do', async ({
  page,
}) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(request.url());
  });
  const arabicFont = (): string[] => fonts.filter((url) => /sans-arabic-arabic-/.test(url));
  await page.goto('/en/');
  await hydrated(page);
  await page.evaluate(() => document.fonts.ready);
  expect(fonts.length, 'the Latin font loads').toBeGreaterThan(0);
  expect(arabicFont()).toEqual([]);
  await page.goto('/ar/');
  await hydrated(page);
  await page.evaluate(() => document.fonts.ready);
  expect(arabicFont().length).toBeGreaterThan(0);
});

import { expect, test } from '@playwright/test';
import { LANGS, openExample, text } from './example-results';
import { hydrated } from './helpers';

for (const lang of LANGS) {
  test(`the questionnaire's section list fits a laptop screen and keeps the current step in view (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const id = await openExample(page, lang, 'bank-fragmented');
    await page.goto(`/${lang}/assess/?id=${id}#step=dimension:centricity`);
    await hydrated(page);
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

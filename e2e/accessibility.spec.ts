import { expect, test } from './fixtures';
import { expectNoSeriousViolations, hydrated, openHome } from './helpers';

for (const lang of ['en', 'ar'] as const) {
  test(`every page has no serious accessibility violation (${lang})`, async ({ page }) => {
    await page.goto('/?choose');
    await expectNoSeriousViolations(page, '/');
    await openHome(page, lang);
    await expectNoSeriousViolations(page, `/${lang}/`);
    await page
      .getByRole('button', {
        name: lang === 'en' ? /A regulated retail bank/ : /مصرف تجزئة خاضع للتنظيم/,
      })
      .click();
    await page.waitForURL(/assess/);
    await hydrated(page);
    const url = page.url().split('#')[0];
    for (const step of ['profile', 'teams', 'dimension:review', 'raci:review', 'summary']) {
      await page.goto(`${url}#step=${step}`);
      await hydrated(page);
      await expect(page.locator('#step-title')).toBeVisible();
      await expectNoSeriousViolations(page, `${lang} ${step}`);
    }
  });
}

import { expect, test } from './fixtures';
import { hydrated, openHome, startStored } from './helpers';

test.describe('languages', () => {
  test('the root page offers both languages and opens the browser language', async ({
    browser,
  }) => {
    for (const [locale, lang] of [
      ['ar-SA', 'ar'],
      ['en-GB', 'en'],
    ] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto('/');
      await page.waitForURL(`**/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await context.close();
    }
    const context = await browser.newContext({ locale: 'ar-SA' });
    const page = await context.newPage();
    await page.goto('/?choose');
    await expect(page.getByRole('link', { name: 'English' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'العربية' })).toBeVisible();
    await context.close();
  });

  test('Arabic pages are right-to-left and English pages left-to-right', async ({ page }) => {
    await openHome(page, 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'الرقابة على التواصل مع العملاء',
    );
    await openHome(page, 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  });

  test('Arabic pages can show Western digits and Hijri dates', async ({ page }) => {
    await openHome(page, 'ar');
    await startStored(page, 'ابدأ تقييماً جديداً', 'اسم المؤسسة أو الوحدة', 'مصرف');
    await page.goto('/ar/');
    await hydrated(page);
    const item = page.locator('.item').first();
    await expect(item).toContainText('٠');
    await page.locator('summary', { hasText: 'طريقة العرض' }).click();
    await page.getByLabel('الأرقام').selectOption('latn');
    await page.getByLabel('التقويم').selectOption('islamic-umalqura');
    await expect(item).toContainText(/14\d\d/);
    await expect(item).not.toContainText('٠');
  });
});

test('no page scrolls sideways on a phone, in either language', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  for (const lang of ['en', 'ar'] as const) {
    await page.goto(`/${lang}/`);
    await hydrated(page);
    await page
      .getByRole('button', { name: lang === 'en' ? /A regulated retail bank/ : /مصرف تجزئة/ })
      .click();
    await page.waitForURL(/\/results\/\?id=/);
    const url = (page.url().split('#')[0] ?? '').replace('/results/', '/assess/');
    for (const step of ['', 'profile', 'teams', 'dimension:review', 'raci:review', 'summary']) {
      if (step) await page.goto(`${url}#step=${step}`);
      else await page.goto(`/${lang}/`);
      await hydrated(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${lang} ${step || 'home'}`).toBeLessThanOrEqual(0);
    }
  }
  await context.close();
});

import { readFileSync } from 'node:fs';
import { protectText } from '../src/lib/files/protect';
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

for (const lang of ['en', 'ar'] as const) {
  test(`the import dialogs and refusals work by keyboard and pass axe (${lang})`, async ({
    page,
  }) => {
    const bank = readFileSync('examples/bank-fragmented.json', 'utf8');
    const upload = (name: string, text: string) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await openHome(page, lang);
    await page.locator('#import-file').setInputFiles([upload('broken.json', '{')]);
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoSeriousViolations(page, `${lang} import refused`);

    await page
      .locator('#import-file')
      .setInputFiles([upload('p.json', await protectText(bank, 'pw'))]);
    const passphrase = page.getByRole('dialog');
    await expect(passphrase.getByRole('textbox')).toBeFocused();
    await page.keyboard.type('wrong');
    await page.keyboard.press('Enter');
    await expect(passphrase.getByRole('alert')).not.toBeEmpty();
    await expectNoSeriousViolations(page, `${lang} passphrase dialog`);
    await page.keyboard.press('Tab');
    await expect(passphrase.getByRole('button').first()).toBeFocused();
    await page.keyboard.press('Space');
    await expect(passphrase.getByRole('textbox')).toHaveAttribute('type', 'text');
    await page.keyboard.press('Escape');
    await expect(passphrase).toHaveCount(0);

    await page
      .locator('#import-file')
      .setInputFiles([upload('a.json', bank), upload('b.json', bank)]);
    const conflict = page.getByRole('dialog');
    await expect(conflict.getByRole('button').first()).toBeFocused();
    await expectNoSeriousViolations(page, `${lang} conflict dialog`);
    await page.keyboard.press('Enter');
    await expect(conflict).toHaveCount(0);
    await expect(page.locator('.item')).toHaveCount(1);
  });
}

import { readFileSync } from 'node:fs';
import { protectText } from '../src/lib/files/protect';
import { text } from './example-results';
import { expect, test } from './fixtures';
import { expectNoSeriousViolations, hydrated, openHome, press } from './helpers';

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
    // An example opens at its results; its answers are the questionnaire of the same id.
    await page.waitForURL(/\/results\/\?id=/);
    const url = (page.url().split('#')[0] ?? '').replace('/results/', '/assess/');
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

for (const lang of ['en', 'ar'] as const) {
  test(`the export dialog passes the checks and works by keyboard alone (${lang})`, async ({
    page,
  }) => {
    await openHome(page, lang);
    await page
      .getByRole('button', {
        name: `${text(lang, 'home.examples.load')}: ${text(lang, 'example.bank-fragmented.name')}`,
      })
      .click();
    await page.waitForURL(/results/);
    await openHome(page, lang);
    const opener = page.getByRole('button', { name: text(lang, 'export.button'), exact: true });
    await press(page, opener, 'Enter');
    const dialog = page.getByRole('dialog', { name: /.+/ });
    await expect(dialog).toBeVisible();
    const pass = dialog.getByLabel(text(lang, 'export.passphrase'), { exact: true });
    await expect(pass).toBeFocused();
    await expectNoSeriousViolations(page, `${lang} export dialog`);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(pass).toBeFocused();
    await page.keyboard.type('short');
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('alert')).not.toBeEmpty();
    await expectNoSeriousViolations(page, `${lang} export dialog with a problem`);
    await page.keyboard.type(' but long enough');
    await page.keyboard.press('Tab');
    await page.keyboard.type('short but long enough');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(pass).toHaveAttribute('type', 'text');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: text(lang, 'export.download') })).toBeFocused();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toMatch(/-protected\.json$/);
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });
}

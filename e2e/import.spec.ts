import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { makeBackup } from '../src/domain/schemas/backup';
import type { Assessment } from '../src/domain/schemas/assessment';
import { formatNumber } from '../src/i18n/format';
import { pluralKey } from '../src/i18n/interpolate';
import { readImportText } from '../src/lib/files/import';
import { protectText } from '../src/lib/files/protect';
import { makeTranslate } from '../src/lib/i18n-client';
import { loadModel } from '../src/lib/model/load-model';
import { describeProblem } from '../src/lib/problem-text';
import { filled, strings, type Lang } from './example-results';
import { hydrated, openHome } from './helpers';

const model = loadModel();
const example = (file: string): Assessment =>
  JSON.parse(readFileSync(`examples/${file}.json`, 'utf8')) as Assessment;
const bank = example('bank-fragmented');
const telecom = example('telecom-controlled');
const gulf = example('gulf-islamic-bank');

/** Writes files to a new temporary folder and returns their paths, for real uploads. */
function writeFiles(files: Record<string, string | Buffer>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'ccm-import-'));
  return Object.entries(files).map(([name, content]) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  });
}
const json = (value: unknown): string => JSON.stringify(value, null, 2);

/** Every assessment stored in the browser, by id, as raw text. */
async function storage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('ccm:assessment:'))
        .map((key) => [key.slice('ccm:assessment:'.length), localStorage.getItem(key) ?? '']),
    ),
  );
}
const assessmentsIn = (stored: Record<string, string>) =>
  Object.values(stored).map((raw) => (JSON.parse(raw) as { assessment: Assessment }).assessment);

const picker = (page: Page) => page.locator('#import-file');
const count = (lang: Lang, group: string, n: number): string =>
  filled(lang, pluralKey(lang, group, n), { n: formatNumber(lang, n) });
/** A refusal's problem lines as the page words them. */
function reasons(lang: Lang, text: string): string[] {
  const read = readImportText(text, model);
  if (read.status !== 'refused') throw new Error('the file was not refused');
  const t = makeTranslate(strings(lang), lang);
  return read.problems.map((p) =>
    describeProblem(t, lang, p)
      .map((piece) => piece.text)
      .join(''),
  );
}

async function backHome(page: Page, lang: Lang): Promise<void> {
  await page.waitForURL(/\/assess\/\?id=/);
  await openHome(page, lang);
}

for (const lang of ['en', 'ar'] as const) {
  const T = (key: string, params: Record<string, string> = {}) => filled(lang, key, params);

  test(`several files at once, and a backup of three restores all three (${lang})`, async ({
    page,
  }) => {
    await openHome(page, lang);
    await picker(page).setInputFiles(
      writeFiles({ 'bank.json': json(bank), 'telecom.json': json(telecom), 'broken.json': '{ no' }),
    );
    await expect(
      page.getByRole('status').filter({ hasText: count(lang, 'import.summary.imported', 2) }),
    ).toContainText(count(lang, 'import.summary.refused', 1));
    await expect(page.getByRole('alert')).toContainText(
      T('home.import.failed', { file: 'broken.json' }),
    );
    await expect(page.locator('.item')).toHaveCount(2);
    expect(page.url()).toMatch(new RegExp(`/${lang}/$`));

    await page.evaluate(() => localStorage.clear());
    await openHome(page, lang);
    const backup = makeBackup([bank, telecom, gulf], new Date());
    await picker(page).setInputFiles(writeFiles({ 'backup.json': json(backup) }));
    await expect(page.getByRole('status')).toContainText(count(lang, 'import.summary.imported', 3));
    await expect(page.locator('.item')).toHaveCount(3);
    const names = assessmentsIn(await storage(page)).map((a) => a.organisation.name);
    expect(names.sort()).toEqual([bank, telecom, gulf].map((a) => a.organisation.name).sort());
  });

  test(`files dropped on the import card are imported (${lang})`, async ({ page }) => {
    await openHome(page, lang);
    await expect(page.getByText(T('import.drop'))).toBeVisible();
    await page.evaluate(
      (files) => {
        const data = new DataTransfer();
        for (const [name, text] of files)
          data.items.add(new File([text], name, { type: 'application/json' }));
        const zone = document.querySelector('#import-title')?.closest('section');
        for (const type of ['dragenter', 'dragover', 'drop'])
          zone?.dispatchEvent(
            new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
          );
      },
      [
        ['bank.json', json(bank)],
        ['gulf.json', json(gulf)],
      ] as [string, string][],
    );
    await expect(page.getByRole('status')).toContainText(count(lang, 'import.summary.imported', 2));
    await expect(page.locator('.item')).toHaveCount(2);
  });

  test(`replace, keep both and cancel each do what they say (${lang})`, async ({ page }) => {
    await openHome(page, lang);
    await picker(page).setInputFiles(writeFiles({ 'bank.json': json(bank) }));
    await backHome(page, lang);
    const [firstId] = Object.keys(await storage(page));
    const changed = { ...bank, maturity: { ...bank.maturity, 'review.timing': 5 } };
    const file = writeFiles({ 'bank-q4.json': json(changed) });
    const dialog = page.getByRole('dialog', { name: T('import.conflict.title') });

    // Cancel (Escape): nothing stored changes.
    const before = await storage(page);
    await picker(page).setInputFiles(file);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(T('import.conflict.file', { file: 'bank-q4.json' }));
    await expect(dialog.getByRole('button', { name: T('import.conflict.cancel') })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('status')).toContainText(count(lang, 'import.summary.skipped', 1));
    expect(await storage(page)).toEqual(before);

    // Replace: the saved record takes the file's answers and keeps its id.
    await picker(page).setInputFiles(file);
    await expect(dialog.getByRole('button', { name: T('import.conflict.cancel') })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: T('import.conflict.replace') })).toBeFocused();
    await page.keyboard.press('Enter');
    await backHome(page, lang);
    const replaced = await storage(page);
    expect(Object.keys(replaced)).toEqual([firstId]);
    expect(assessmentsIn(replaced)[0]?.maturity['review.timing']).toBe(5);

    // Keep both: a new copy opens; the saved one is as it was.
    await picker(page).setInputFiles(file);
    await dialog.getByRole('button', { name: T('import.conflict.keepBoth') }).focus();
    await page.keyboard.press('Enter');
    await backHome(page, lang);
    const both = await storage(page);
    expect(Object.keys(both)).toHaveLength(2);
    expect(both[firstId ?? '']).toBe(replaced[firstId ?? '']);
  });

  test(`a protected file opens with its passphrase; a wrong one changes nothing (${lang})`, async ({
    page,
  }) => {
    await openHome(page, lang);
    await picker(page).setInputFiles(writeFiles({ 'telecom.json': json(telecom) }));
    await backHome(page, lang);
    const before = await storage(page);
    const locked = await protectText(json(bank), 'كلمة سر طويلة 2026');
    const file = writeFiles({ 'bank-protected.json': locked });
    const dialog = page.getByRole('dialog', { name: T('import.passphrase.title') });

    await picker(page).setInputFiles(file);
    await expect(dialog).toContainText('bank-protected.json');
    const field = dialog.getByLabel(T('import.passphrase.label'), { exact: true });
    await expect(field).toBeFocused();
    await expect(field).toHaveAttribute('type', 'password');
    await page.keyboard.type('not the passphrase');
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('alert')).toHaveText(T('import.passphrase.wrong'));
    await expect(field).toBeFocused();
    expect(await storage(page)).toEqual(before);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('status')).toContainText(count(lang, 'import.summary.locked', 1));
    expect(await storage(page)).toEqual(before);

    await picker(page).setInputFiles(file);
    await field.fill('كلمة سر طويلة 2026');
    await dialog.getByRole('button', { name: T('import.passphrase.show') }).click();
    await expect(field).toHaveAttribute('type', 'text');
    await dialog.getByRole('button', { name: T('import.passphrase.open'), exact: true }).click();
    await backHome(page, lang);
    const names = assessmentsIn(await storage(page)).map((a) => a.organisation.name);
    expect(names.sort()).toEqual([bank.organisation.name, telecom.organisation.name].sort());
  });

  test(`broken, newer and unknown-model files are refused naming the file; a BOM is accepted (${lang})`, async ({
    page,
  }) => {
    await openHome(page, lang);
    const files = {
      'broken.json': '{"format": "ccm-assessment", ',
      'newer.json': json({ ...bank, formatVersion: 7 }),
      'future-model.json': json({ ...bank, modelVersion: '2031.1' }),
    };
    await picker(page).setInputFiles(writeFiles(files));
    const alert = page.getByRole('alert');
    for (const [name, text] of Object.entries(files)) {
      await expect(
        alert.getByRole('heading', { name: T('home.import.failed', { file: name }) }),
      ).toBeVisible();
      for (const reason of reasons(lang, text)) await expect(alert).toContainText(reason);
    }
    await expect(page.getByRole('status')).toContainText(count(lang, 'import.summary.refused', 3));
    expect(await storage(page)).toEqual({});

    await picker(page).setInputFiles(writeFiles({ 'bom.json': `\uFEFF${json(gulf)}` }));
    await page.waitForURL(/\/assess\/\?id=/);
    await hydrated(page);
    expect(assessmentsIn(await storage(page)).map((a) => a.organisation.name)).toEqual([
      gulf.organisation.name,
    ]);
  });

  test(`a 6 MB file is refused at once, saying the limit (${lang})`, async ({ page }) => {
    await openHome(page, lang);
    const huge = Buffer.alloc(6 * 1024 * 1024, ' ');
    const started = Date.now();
    await picker(page).setInputFiles(writeFiles({ 'huge.json': huge }));
    const mb = (n: number) =>
      formatNumber(lang, n, undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    await expect(page.getByRole('alert')).toContainText(
      T('import.tooLarge', { size: mb(6), max: mb(5) }),
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(page.getByRole('button', { name: T('home.new') })).toBeEnabled();
    expect(await storage(page)).toEqual({});
  });
}

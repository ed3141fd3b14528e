import { expect, test, type Download, type Locator, type Page } from './fixtures';
import { readFileSync } from 'node:fs';
import { parseBackup } from '../src/domain/schemas/backup';
import { toModelIds } from '../src/domain/schemas/model-check';
import { DEFAULT_SETTINGS, formatNumber } from '../src/i18n/format';
import { unprotectFile } from '../src/lib/files/protect';
import { loadModel } from '../src/lib/model/load-model';
import { readCsv } from '../src/lib/report/testing/read-csv';
import { filled, LANGS, openExample, text, type Lang } from './example-results';
import { currentId, hydrated, openHome, settled, storedRecord } from './helpers';

const model = loadModel();
const count = (lang: Lang, n: number): string => formatNumber(lang, n, DEFAULT_SETTINGS);
const button = (page: Page | Locator, lang: Lang, key: string): Locator =>
  page.getByRole('button', { name: text(lang, key), exact: true });

interface Saved {
  name: string;
  path: string;
  bytes: Buffer;
  text: string;
}

async function saved(download: Download): Promise<Saved> {
  const path = await download.path();
  const bytes = readFileSync(path);
  return { name: download.suggestedFilename(), path, bytes, text: bytes.toString('utf8') };
}

/** Presses an export button, optionally types a passphrase twice, and downloads the file. */
async function exportWith(
  page: Page,
  lang: Lang,
  opener: Locator,
  passphrase = '',
): Promise<Saved> {
  await opener.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (passphrase) {
    await dialog.getByLabel(text(lang, 'export.passphrase'), { exact: true }).fill(passphrase);
    await dialog.getByLabel(text(lang, 'export.repeat'), { exact: true }).fill(passphrase);
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    button(dialog, lang, 'export.download').click(),
  ]);
  await expect(dialog).toBeHidden();
  return saved(download);
}

async function downloadBy(page: Page, control: Locator): Promise<Saved> {
  const [download] = await Promise.all([page.waitForEvent('download'), control.click()]);
  return saved(download);
}

const EXAMPLE = { en: 'bank-fragmented', ar: 'gulf-islamic-bank' } as const;
const FILE = {
  en: 'ccm-wadi-retail-bank-2026-Q3.json',
  ar: 'ccm-al-dana-islamic-bank-2026-Q3.json',
} as const;

for (const lang of LANGS) {
  test(`the list, the questionnaire and the results export one file, which comes back the same after delete and import (${lang})`, async ({
    page,
  }) => {
    const id = await openExample(page, lang, EXAMPLE[lang]);
    await hydrated(page);
    const fromQuestionnaire = await exportWith(page, lang, button(page, lang, 'export.button'));

    await page.goto(`/${lang}/results/?id=${id}`);
    await hydrated(page);
    await expect(page.locator('#overview-title')).toBeVisible();
    await settled(page);
    const overview = await page.locator('#overview').innerText();
    const fromResults = await exportWith(page, lang, button(page, lang, 'export.button'));

    await openHome(page, lang);
    const fromList = await exportWith(page, lang, button(page, lang, 'export.button'));

    expect(fromList.name).toBe(FILE[lang]);
    expect([fromQuestionnaire.name, fromResults.name]).toEqual([fromList.name, fromList.name]);
    expect([fromQuestionnaire.text, fromResults.text]).toEqual([fromList.text, fromList.text]);
    const file = JSON.parse(fromList.text) as { format: string; organisation: { name: string } };
    expect(file.format).toBe('ccm-assessment');
    expect(file).toEqual((await storedRecord(page, id)).assessment);
    expect(fromList.text).not.toContain('storageVersion');

    await button(page, lang, 'home.delete').click();
    await button(page.getByRole('dialog'), lang, 'home.confirmDelete.confirm').click();
    await expect(page.getByText(text(lang, 'home.list.empty'))).toBeVisible();

    await page.getByLabel(text(lang, 'home.import.choose')).setInputFiles(fromList.path);
    await page.waitForURL(/\/assess\/\?id=/);
    const back = currentId(page);
    expect(back).not.toBe(id);
    expect((await storedRecord(page, back)).assessment).toEqual(file);
    await page.goto(`/${lang}/results/?id=${back}`);
    await hydrated(page);
    await expect(page.locator('#overview-title')).toBeVisible();
    await settled(page);
    expect(await page.locator('#overview').innerText()).toBe(overview);
  });

  test(`a protected export holds nothing readable, and comes back through the import with its passphrase only (${lang})`, async ({
    page,
  }) => {
    await openExample(page, lang, EXAMPLE[lang]);
    await openHome(page, lang);
    const exportButton = button(page, lang, 'export.button');
    const plain = await exportWith(page, lang, exportButton);

    await exportButton.click();
    const dialog = page.getByRole('dialog');
    const pass = dialog.getByLabel(text(lang, 'export.passphrase'), { exact: true });
    const repeat = dialog.getByLabel(text(lang, 'export.repeat'), { exact: true });
    await expect(dialog).toContainText(text(lang, 'export.warning'));
    await pass.fill('short');
    await repeat.fill('short');
    await button(dialog, lang, 'export.download').click();
    const short = filled(lang, 'export.short', { min: count(lang, 8), n: count(lang, 5) });
    await expect(dialog.getByRole('alert')).toHaveText(short);
    await expect(pass).toBeFocused();

    const passphrase = lang === 'ar' ? 'عبارة مرور طويلة' : 'correct horse battery';
    await pass.fill(passphrase);
    await repeat.fill(`${passphrase}!`);
    await button(dialog, lang, 'export.download').click();
    await expect(dialog.getByRole('alert')).toHaveText(text(lang, 'export.mismatch'));
    await expect(repeat).toBeFocused();

    await expect(pass).toHaveAttribute('type', 'password');
    await dialog.getByLabel(text(lang, 'export.show')).check();
    await expect(pass).toHaveAttribute('type', 'text');
    await expect(repeat).toHaveAttribute('type', 'text');

    await repeat.fill(passphrase);
    const sealed = await downloadBy(page, button(dialog, lang, 'export.download'));
    await expect(dialog).toBeHidden();
    expect(sealed.name).toBe(FILE[lang].replace('.json', '-protected.json'));
    const envelope = JSON.parse(sealed.text) as Record<string, unknown>;
    expect(envelope['format']).toBe('ccm-assessment-encrypted');
    const name = (JSON.parse(plain.text) as { organisation: { name: string } }).organisation.name;
    expect(sealed.text).not.toContain(name);
    expect(sealed.text).not.toContain('"maturity"');
    expect(await unprotectFile(envelope, 'not the passphrase')).toMatchObject({ ok: false });
    expect(await unprotectFile(envelope, passphrase)).toEqual({ ok: true, text: plain.text });

    // The protected file comes back through the start page: delete, then import it.
    await button(page, lang, 'home.delete').click();
    await button(page.getByRole('dialog'), lang, 'home.confirmDelete.confirm').click();
    await expect(page.getByText(text(lang, 'home.list.empty'))).toBeVisible();
    await page.getByLabel(text(lang, 'home.import.choose')).setInputFiles(sealed.path);
    const ask = page.getByRole('dialog', { name: text(lang, 'import.passphrase.title') });
    const field = ask.getByLabel(text(lang, 'import.passphrase.label'), { exact: true });
    await field.fill(`${passphrase}?`);
    await ask
      .getByRole('button', { name: text(lang, 'import.passphrase.open'), exact: true })
      .click();
    await expect(ask.getByRole('alert')).toHaveText(text(lang, 'import.passphrase.wrong'));
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('ccm:assessment:')),
      ),
    ).toEqual([]);
    await field.fill(passphrase);
    await ask
      .getByRole('button', { name: text(lang, 'import.passphrase.open'), exact: true })
      .click();
    await page.waitForURL(/\/assess\/\?id=/);
    expect((await storedRecord(page, currentId(page))).assessment).toEqual(JSON.parse(plain.text));
  });

  test(`the results download the RACI matrix and the answers as CSV with a hostile team name neutralised (${lang})`, async ({
    page,
  }) => {
    const id = await openExample(page, lang, EXAMPLE[lang]);
    const hostile = '=HYPERLINK("http://x")';
    await page.evaluate(
      ({ key, name }) => {
        const record = JSON.parse(localStorage.getItem(key) ?? '{}');
        record.assessment.teams[0].name = name;
        localStorage.setItem(key, JSON.stringify(record));
      },
      { key: `ccm:assessment:${id}`, name: hostile },
    );
    const record = await storedRecord(page, id);
    await page.goto(`/${lang}/results/?id=${id}`);
    await hydrated(page);

    const raci = await downloadBy(page, button(page.locator('#raci'), lang, 'export.csvRaci'));
    expect(raci.name).toBe(FILE[lang].replace('.json', '-raci.csv'));
    expect([...raci.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(raci.text).toContain('\r\n');
    const rows = readCsv(raci.text.slice(1));
    expect(rows).toHaveLength(model.activities.length + 1);
    expect(rows[0]?.slice(0, 4)).toEqual(
      ['csv.id', 'csv.stage', 'csv.activity', 'csv.status'].map((k) => text(lang, k)),
    );
    expect(rows[0]?.[4]).toBe(`'${hostile}`);
    expect(rows[0]).toHaveLength(record.assessment.teams.length + 5);
    const first = model.activities[0];
    expect(rows[1]?.slice(0, 3)).toEqual([
      first?.id,
      model.stages.find((s) => s.id === first?.stage)?.name[lang],
      first?.name[lang],
    ]);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    const answers = await downloadBy(page, button(page, lang, 'export.csvAnswers'));
    expect(answers.name).toBe(FILE[lang].replace('.json', '-answers.csv'));
    expect([...answers.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = readCsv(answers.text.slice(1));
    const notes = JSON.parse(readFileSync(`examples/${EXAMPLE[lang]}.json`, 'utf8')) as {
      notes: Record<string, string>;
      maturity: Record<string, number | 'unknown'>;
    };
    const noted = model.activities.filter((a) => notes.notes[a.id] !== undefined);
    expect(lines).toHaveLength(1 + model.questions.length + noted.length);
    expect(lines[0]).toEqual(
      ['csv.id', 'csv.section', 'csv.text', 'csv.level', 'csv.answer', 'csv.note'].map((k) =>
        text(lang, k),
      ),
    );
    const [id0, level] =
      Object.entries(notes.maturity).find(([, l]) => typeof l === 'number') ?? [];
    const question = model.questions.find((q) => q.id === id0);
    expect(lines.find((row) => row[0] === id0)?.slice(2, 5)).toEqual([
      question?.text[lang],
      String(level),
      question?.options[(level as number) - 1]?.text[lang],
    ]);
  });
}

for (const lang of LANGS)
  test(`"Back up all" writes every readable assessment into one backup and says how many damaged ones it left out (${lang})`, async ({
    page,
  }) => {
    const names = ['bank-fragmented', 'government-agency', 'telecom-controlled'] as const;
    for (const name of names) await openExample(page, lang, name);
    await page.evaluate(() => localStorage.setItem('ccm:assessment:broken', '{"not":"a record"}'));
    await openHome(page, lang);
    await button(page, lang, 'export.backupAll').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(filled(lang, 'export.backupCount', { n: count(lang, 3) }));
    await expect(dialog).toContainText(filled(lang, 'export.leftOut', { n: count(lang, 1) }));
    const backup = await downloadBy(page, button(dialog, lang, 'export.download'));
    const today = new Date();
    const two = (n: number): string => String(n).padStart(2, '0');
    expect(backup.name).toBe(
      `ccm-backup-${today.getFullYear()}-${two(today.getMonth() + 1)}-${two(today.getDate())}.json`,
    );
    const read = parseBackup(JSON.parse(backup.text), toModelIds(model));
    if (!read.ok) throw new Error('the backup does not parse');
    expect(read.value.map((entry) => entry.ok && entry.value.organisation.id).sort()).toEqual(
      names
        .map(
          (n) =>
            (
              JSON.parse(readFileSync(`examples/${n}.json`, 'utf8')) as {
                organisation: { id: string };
              }
            ).organisation.id,
        )
        .sort(),
    );
  });

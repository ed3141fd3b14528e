import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANGS, openResults, text, type Lang } from './example-results';
import { expect, test, type Download, type Page } from './fixtures';
import { hydrated, saved } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'ccm-report-e2e-'));
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Folds the presentation forms a PDF draws Arabic with back into letters, and evens out spacing. */
const plain = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/\p{Mn}/gu, '')
    .replace(/[\u200e\u200f\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ');

async function readPdf(
  download: Download,
  name: string,
): Promise<{ text: string; pages: number; bytes: number }> {
  const file = join(dir, name);
  await download.saveAs(file);
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  return {
    text: plain(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })),
    pages,
    bytes: bytes.length,
  };
}

async function makeReport(page: Page, lang: Lang): Promise<Download> {
  const button = page.getByRole('button', { name: text(lang, 'report.button'), exact: true });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  await expect(button).toBeEnabled();
  return download;
}

for (const lang of LANGS) {
  test(`"PDF report" loads the report's code only when asked and downloads the bank's report (${lang})`, async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await openResults(page, lang, 'bank-fragmented');
    await page.waitForLoadState('networkidle');
    const heavy = (url: string) => /download-report|jspdf|\.ttf|report-strings/i.test(url);
    expect(requested.filter(heavy)).toEqual([]);

    const download = await makeReport(page, lang);
    expect(download.suggestedFilename()).toMatch(/^ccm-[a-z0-9-]+-2026-Q3-report\.pdf$/);
    const pdf = await readPdf(download, `bank-${lang}.pdf`);
    expect(requested.some(heavy)).toBe(true);
    expect(pdf.pages).toBeGreaterThanOrEqual(10);
    expect(pdf.text).toContain('Wadi Retail Bank');
    expect(pdf.text).toContain(plain(text(lang, 'report.summary')));
    expect(pdf.text).toContain(plain(text(lang, 'report.contents')));
    const ms = Number(
      await page
        .getByRole('button', { name: text(lang, 'report.button') })
        .getAttribute('data-report-ms'),
    );
    test.info().annotations.push({
      type: 'report',
      description: `${lang}: ${ms} ms, ${pdf.bytes} bytes, ${pdf.pages} pages`,
    });
  });

  test(`a note written in the questionnaire appears in the PDF report (${lang})`, async ({
    page,
  }) => {
    const id = await openResults(page, lang, 'telecom-controlled');
    await page.goto(`/${lang}/assess/?id=${id}#step=dimension:ownership`);
    await hydrated(page);
    const note = lang === 'ar' ? 'دليل من ورشة العمل رقم سبعة' : 'Evidence from workshop seven';
    const field = page.locator('#note-ownership\\.owner');
    if (!(await field.isVisible()))
      await page.locator('fieldset:has(#note-ownership\\.owner) summary').click();
    await field.fill(note);
    await saved(page);
    await page.goto(`/${lang}/results/?id=${id}`);
    await hydrated(page);
    const pdf = await readPdf(await makeReport(page, lang), `note-${lang}.pdf`);
    expect(pdf.text).toContain(plain(note));
  });
}

test('the report button says what it does while the report is made, and a failure is said in the page language', async ({
  page,
}) => {
  await page.route('**/ar/report-strings.json', (route) => route.abort());
  await openResults(page, 'ar', 'bank-fragmented');
  await page.getByRole('button', { name: text('ar', 'report.button'), exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(text('ar', 'report.failed'));
  await expect(
    page.getByRole('button', { name: text('ar', 'report.button'), exact: true }),
  ).toBeEnabled();
});

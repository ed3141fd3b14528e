import { expect, test } from './fixtures';
import { parseAssessmentText } from '../src/domain/schemas/parse-assessment';
import { makeTranslate } from '../src/lib/i18n-client';
import { loadModel } from '../src/lib/model/load-model';
import { describeProblem } from '../src/lib/problem-text';
import { filled, strings } from './example-results';
import { hydrated, openHome } from './helpers';

const goodRecord = (id: string, name: string) => ({
  storageVersion: 1,
  id,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  step: 'profile',
  assessment: {
    format: 'ccm-assessment',
    formatVersion: 1,
    modelVersion: '2026.1',
    organisation: {
      name,
      sector: 'banking',
      regulated: true,
      channels: ['sms'],
      volume: '1m-10m',
      languages: ['ar'],
    },
    period: '2026-Q4',
    status: 'draft',
    teams: [{ id: 'ccm', name: 'CCM' }],
    maturity: { 'review.timing': 2 },
    raci: {},
    notes: {},
    roadmap: {},
  },
});

test('damaged saved data is shown with a download, and never wiped', async ({ page }) => {
  await page.goto('/ar/');
  await page.evaluate(
    (good) => {
      localStorage.setItem('ccm:assessment:good', JSON.stringify(good));
      localStorage.setItem('ccm:assessment:broken', '{"storageVersion":1,"id":');
      localStorage.setItem(
        'ccm:assessment:foreign',
        JSON.stringify({
          storageVersion: 1,
          id: 'foreign',
          createdAt: '2026-11-01T10:00:00.000Z',
          updatedAt: '2026-11-01T10:00:00.000Z',
          step: 'x',
          assessment: { format: 'ccm-assessment', formatVersion: 9 },
        }),
      );
    },
    goodRecord('good', 'مصرف سليم'),
  );
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('link', { name: 'مصرف سليم' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'تعذّرت قراءة تقييم محفوظ' })).toHaveCount(2);
  await page.locator('summary', { hasText: 'ما المشكلة' }).last().click();
  await expect(page.getByText(/أُنشئ الملف بإصدار أحدث من الأداة/)).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'تنزيل البيانات كما هي' }).first().click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^ccm-assessment-.+\.json$/);
  const raw = await page.evaluate(() => localStorage.getItem('ccm:assessment:broken'));
  expect(raw).toBe('{"storageVersion":1,"id":');

  await page.goto('/ar/assess/?id=broken');
  await hydrated(page);
  await expect(page.getByRole('heading', { name: 'تعذّرت قراءة تقييم محفوظ' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('ccm:assessment:broken'))).toBe(
    '{"storageVersion":1,"id":',
  );
});

test('a broken or too-new file is refused with the reason in the page language', async ({
  page,
}) => {
  await openHome(page, 'ar');
  const input = page.locator('#import-file');
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ not json'),
  });
  await expect(page.getByRole('alert')).toContainText(
    filled('ar', 'home.import.failed', { file: 'broken.json' }),
  );
  await expect(page.getByRole('alert')).toContainText('الملف ليس بصيغة JSON صحيحة.');

  const wrong = {
    ...goodRecord('x', 'y').assessment,
    organisation: { ...goodRecord('x', 'y').assessment.organisation, sector: 'piracy' },
  };
  await input.setInputFiles({
    name: 'wrong.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(wrong)),
  });
  // The problem reads right to left like the page, its Latin path set apart in <bdi>.
  const parsed = parseAssessmentText(JSON.stringify(wrong), loadModel());
  const [problem] = parsed.ok ? [] : parsed.problems;
  if (!problem) throw new Error('the wrong sector was not refused');
  const line = page.getByRole('alert').getByRole('listitem').first();
  await expect(line).toHaveText(
    describeProblem(makeTranslate(strings('ar'), 'ar'), 'ar', problem)
      .map((piece) => piece.text)
      .join(''),
  );
  await expect(line).toContainText('القيمة «\u2068piracy\u2069» ليست من القيم المسموح بها (');
  await expect(line.locator('bdi')).toHaveText('organisation.sector');
  await expect(line).toHaveCSS('direction', 'rtl');
  await expect(page.getByRole('alert').locator('[dir]')).toHaveCount(0);

  const newer = { ...goodRecord('x', 'y').assessment, formatVersion: 7 };
  await input.setInputFiles({
    name: 'new.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(newer)),
  });
  await expect(page.getByRole('alert')).toContainText('حدِّث الأداة لفتحه');
  await expect(page.locator('.item')).toHaveCount(0);
});

test('a good file opens in the questionnaire, and hostile text stays text', async ({ page }) => {
  await openHome(page, 'en');
  const hostile = goodRecord('x', '<img src=x onerror="window.__pwned=1">').assessment;
  await page.locator('#import-file').setInputFiles({
    name: 'ok.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(hostile)),
  });
  await page.waitForURL(/assess/);
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '<img src=x onerror="window.__pwned=1">',
  );
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
});

test('examples open from the start page, then can be duplicated and deleted with confirmation', async ({
  page,
}) => {
  await openHome(page, 'en');
  await page.getByRole('button', { name: /Open this example: A regulated retail bank/ }).click();
  await page.waitForURL(/\/results\/\?id=/);
  await page.goto('/en/');
  await hydrated(page);
  await expect(page.locator('.item')).toHaveCount(1);
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.locator('.item')).toHaveCount(2);
  await expect(page.getByText(/\(copy\)/)).toBeVisible();
  await page.getByRole('button', { name: 'Delete' }).first().click();
  await page.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.locator('.item')).toHaveCount(2);
  await page.getByRole('button', { name: 'Delete' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('.item')).toHaveCount(1);
});

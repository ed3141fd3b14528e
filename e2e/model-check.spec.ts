import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { filled, text } from './example-results';
import { hydrated, openHome, saved, storedRecord } from './helpers';
import { EXAMPLES } from './example-results';

/** An assessment taken with model 2026.1, with data, content and incidents out of scope. */
const taken2026_1 = (): Record<string, unknown> =>
  JSON.parse(readFileSync('src/domain/schemas/fixtures/assessment-2026.1.json', 'utf8'));

const withUnknownQuestion = () => ({
  ...taken2026_1(),
  maturity: { 'ownership.owner': 2, 'ownership.foo': 3 },
});

const stored = (id: string, assessment: unknown) =>
  JSON.stringify({
    storageVersion: 1,
    id,
    createdAt: '2026-05-01T10:00:00.000Z',
    updatedAt: '2026-05-01T10:00:00.000Z',
    step: 'profile',
    assessment,
  });

async function store(page: Page, id: string, raw: string): Promise<void> {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    `ccm:assessment:${id}`,
    raw,
  ] as const);
}

async function importFile(page: Page, name: string, content: unknown): Promise<void> {
  await page.locator('#import-file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(content)),
  });
}

const TEXT = {
  en: {
    unknownQuestion: 'maturity["ownership.foo"]: the model has no question with this id.',
    unknownModel:
      'modelVersion: the assessment was made with model 2031.1, which this version of the tool does not know',
    damaged: 'A saved assessment cannot be read',
    problems: 'What is wrong',
    storedUnknown: 'assessment.maturity["ownership.foo"]: the model has no question with this id.',
    name: 'Name of the organisation or unit',
  },
  ar: {
    unknownQuestion: 'maturity["ownership.foo"]: لا يتضمّن النموذج سؤالاً بهذا المعرّف.',
    unknownModel: 'modelVersion: أُعدّ التقييم بإصدار النموذج \u20682031.1\u2069',
    damaged: 'تعذّرت قراءة تقييم محفوظ',
    problems: 'ما المشكلة',
    storedUnknown: 'assessment.maturity["ownership.foo"]: لا يتضمّن النموذج سؤالاً بهذا المعرّف.',
    name: 'اسم المؤسسة أو الوحدة',
  },
} as const;

for (const lang of ['en', 'ar'] as const) {
  const T = TEXT[lang];

  test(`a file with an id the model does not know is refused with its path (${lang})`, async ({
    page,
  }) => {
    await openHome(page, lang);
    await importFile(page, 'foo.json', withUnknownQuestion());
    await expect(page.getByRole('alert')).toContainText(
      filled(lang, 'home.import.failed', { file: 'foo.json' }),
    );
    await expect(page.getByRole('alert')).toContainText(T.unknownQuestion);

    await importFile(page, 'foo.json', { ...taken2026_1(), modelVersion: '2031.1' });
    await expect(page.getByRole('alert')).toContainText(T.unknownModel);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.filter((key) => key.startsWith('ccm:assessment:'))).toEqual([]);
  });

  test(`a saved assessment with an id the model does not know shows as damaged, untouched (${lang})`, async ({
    page,
  }) => {
    await openHome(page, lang);
    const raw = stored('unknown-id', withUnknownQuestion());
    await store(page, 'unknown-id', raw);
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('heading', { name: T.damaged })).toBeVisible();
    await page.locator('summary', { hasText: T.problems }).click();
    await expect(page.getByText(T.storedUnknown)).toBeVisible();

    for (const where of ['assess', 'results']) {
      await page.goto(`/${lang}/${where}/?id=unknown-id`);
      await hydrated(page);
      await expect(page.getByRole('heading', { name: T.damaged })).toBeVisible();
    }
    expect(await page.evaluate(() => localStorage.getItem('ccm:assessment:unknown-id'))).toBe(raw);
  });
}

test('a file taken with model 2026.1 opens as 2026.3 with data back in scope', async ({ page }) => {
  await openHome(page, 'en');
  await importFile(page, 'older.json', taken2026_1());
  await page.waitForURL(/\/assess\/\?id=/);
  await hydrated(page);
  const id = new URL(page.url()).searchParams.get('id') ?? '';
  const record = await storedRecord(page, id);
  expect(record.assessment).toMatchObject({
    modelVersion: '2026.3',
    migratedFrom: '2026.1',
    outOfScope: { stages: ['incidents'], dimensions: ['centricity'] },
  });
});

test('a saved 2026.1 assessment opens, and is stored as 2026.3 when it is next saved', async ({
  page,
}) => {
  await openHome(page, 'ar');
  const raw = stored('older', taken2026_1());
  await store(page, 'older', raw);
  await page.goto('/ar/assess/?id=older');
  await hydrated(page);
  await expect(page.getByLabel(TEXT.ar.name)).toHaveValue('Gulf Mutual Insurance');
  expect(await page.evaluate(() => localStorage.getItem('ccm:assessment:older'))).toBe(raw);

  await page.getByLabel(TEXT.ar.name).fill('Gulf Mutual');
  await saved(page);
  const record = await storedRecord(page, 'older');
  expect(record.assessment).toMatchObject({
    modelVersion: '2026.3',
    organisation: { name: 'Gulf Mutual' },
    outOfScope: { stages: ['incidents'] },
  });
});

for (const lang of ['en', 'ar'] as const) {
  test(`every example on the start page opens at its results, one link from its answers (${lang})`, async ({
    page,
  }) => {
    await openHome(page, lang);
    const buttons = page.locator('.examples button');
    const count = await buttons.count();
    expect(count).toBe(EXAMPLES.length);
    for (let i = 0; i < count; i++) {
      await openHome(page, lang);
      await page.locator('.examples button').nth(i).click();
      await page.waitForURL(/\/results\/\?id=/);
      await hydrated(page);
      await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
      const id = new URL(page.url()).searchParams.get('id') ?? '';
      await expect(
        page.getByRole('link', { name: text(lang, 'results.edit'), exact: true }).first(),
      ).toHaveAttribute('href', `/${lang}/assess/?id=${id}`);
    }
    await openHome(page, lang);
    await expect(page.locator('.item')).toHaveCount(EXAMPLES.length);
    await expect(page.getByRole('heading', { name: TEXT[lang].damaged })).toHaveCount(0);
  });
}

import { expect, test, type Page } from './fixtures';
import { currentId, hydrated, openHome, press, saved, startNew, storedRecord } from './helpers';

const TEXT = {
  en: {
    new: 'Start a new assessment',
    name: 'Name of the organisation or unit',
    sector: 'Sector',
    regulated: /The organisation is regulated/,
    sms: 'SMS',
    incidents: 'Incidents & change',
    next: 'Next',
    newTeam: 'Name of the new team',
    noOne: 'No one',
    finish: 'Finish the assessment',
    allDone: 'Every question and activity in scope is answered.',
    final: /marked final/,
  },
  ar: {
    new: 'ابدأ تقييماً جديداً',
    name: 'اسم المؤسسة أو الوحدة',
    sector: 'القطاع',
    regulated: /المؤسسة خاضعة للتنظيم/,
    sms: 'الرسائل النصية (SMS)',
    incidents: 'الحوادث والتغيير',
    next: 'التالي',
    newTeam: 'اسم الفريق الجديد',
    noOne: 'لا أحد',
    finish: 'إنهاء التقييم',
    allDone: 'تمت الإجابة عن جميع الأسئلة والأنشطة ضمن النطاق.',
    final: /اعتُمد هذا التقييم بصيغته النهائية/,
  },
} as const;

async function next(page: Page, lang: 'en' | 'ar'): Promise<void> {
  await press(page, page.getByRole('button', { name: TEXT[lang].next, exact: true }), 'Enter');
}

/** Answers every question on a maturity step by keyboard: level (i mod 5) + 1, the last "don't know". */
async function answerQuestions(page: Page): Promise<number> {
  const groups = page.locator('fieldset.question');
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const radios = groups.nth(i).getByRole('radio');
    await press(page, radios.first(), 'Space');
    const steps = i === count - 1 ? 5 : i % 5;
    for (let s = 0; s < steps; s++) await page.keyboard.press('ArrowDown');
  }
  return count;
}

/** Fills a RACI step by keyboard: each activity gets an A for one team and an R for the next. */
async function answerRaci(page: Page, lang: 'en' | 'ar'): Promise<void> {
  const grid = page.getByRole('grid');
  const rows = grid.locator('[role="row"]:has([role="gridcell"])');
  const rowCount = await rows.count();
  const forward = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';
  const backward = lang === 'ar' ? 'ArrowRight' : 'ArrowLeft';
  await rows.first().getByRole('gridcell').first().focus();
  for (let r = 0; r < rowCount; r++) {
    await page.keyboard.press('a');
    await page.keyboard.press(forward);
    await page.keyboard.press('r');
    await page.keyboard.press(backward);
    if (r < rowCount - 1) await page.keyboard.press('ArrowDown');
  }
}

for (const lang of ['en', 'ar'] as const) {
  test(`a whole assessment can be completed by keyboard in ${lang === 'en' ? 'English' : 'Arabic'}`, async ({
    page,
  }) => {
    const T = TEXT[lang];
    await openHome(page, lang);
    await startNew(page, T.new);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');

    // Profile: name, sector by type-ahead, regulated, a channel, one stage out of scope.
    await page.getByLabel(T.name).focus();
    await page.keyboard.type(lang === 'ar' ? 'مصرف الخليج' : 'Gulf Bank');
    await page.getByLabel(T.sector).focus();
    await page.keyboard.press('Home');
    await press(page, page.getByLabel(T.regulated), 'Space');
    await press(page, page.getByRole('checkbox', { name: T.sms }), 'Space');
    await press(page, page.getByRole('checkbox', { name: T.incidents }), 'Space');
    await next(page, lang);

    // Teams: add one, named in Arabic whatever the page language.
    await page.getByLabel(T.newTeam).focus();
    await page.keyboard.type('فريق التحصيل');
    await page.keyboard.press('Enter');
    await expect(page.locator('.teams input').last()).toHaveValue('فريق التحصيل');
    await next(page, lang);

    // Ten maturity steps, then seven RACI steps (incidents is out of scope).
    let questions = 0;
    for (let d = 0; d < 10; d++) {
      await expect(page.locator('fieldset.question').first()).toBeVisible();
      questions += await answerQuestions(page);
      await next(page, lang);
    }
    for (let s = 0; s < 7; s++) {
      await expect(page.getByRole('grid')).toBeVisible();
      await answerRaci(page, lang);
      if (s === 3) {
        await press(page, page.getByRole('button', { name: T.noOne }).first(), 'Enter');
      }
      await next(page, lang);
    }

    await expect(page.getByText(T.allDone)).toBeVisible();
    await press(page, page.getByRole('button', { name: T.finish }), 'Enter');
    await expect(page.getByText(T.final)).toBeVisible();
    await saved(page);

    const record = await storedRecord(page, currentId(page));
    const a = record.assessment;
    expect(a.status).toBe('final');
    expect(a.organisation.sector).toBe('banking');
    expect(a.organisation.regulated).toBe(true);
    expect(a.organisation.channels).toEqual(['sms']);
    expect(a.outOfScope?.stages).toEqual(['incidents']);
    expect(a.teams.at(-1)?.name).toBe('فريق التحصيل');
    expect(Object.keys(a.maturity)).toHaveLength(questions);
    expect(Object.values(a.maturity)).toContain('unknown');
    expect(Object.keys(a.raci)).toHaveLength(24); // 27 activities, the 3 of incidents out of scope
    expect(a.raci['data.source']).toEqual({ marketing: 'A', operations: 'R' });
    expect(Object.values(a.raci)).toContainEqual({});
  });
}

test('a reload resumes at the same step with the answers kept', async ({ page }) => {
  await openHome(page, 'en');
  await startNew(page, TEXT.en.new);
  await next(page, 'en');
  await next(page, 'en');
  await next(page, 'en');
  const heading = await page.locator('#step-title').textContent();
  await answerQuestions(page);
  await saved(page);
  await page.reload();
  await hydrated(page);
  await expect(page.locator('#step-title')).toHaveText(heading ?? '');
  await expect(page.locator('fieldset.question').first().getByRole('radio').first()).toBeChecked();
});

test('switching language midway keeps the step and every answer', async ({ page }) => {
  await openHome(page, 'en');
  await startNew(page, TEXT.en.new);
  await page.getByLabel(TEXT.en.name).fill('Gulf Bank');
  await next(page, 'en');
  await next(page, 'en');
  await next(page, 'en');
  await answerQuestions(page);
  const step = new URL(page.url()).hash;
  await saved(page);
  await press(page, page.getByRole('link', { name: 'العربية' }), 'Enter');
  await page.waitForURL(/\/ar\/assess\//);
  await hydrated(page);
  expect(new URL(page.url()).hash).toBe(step);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('#step-title')).toHaveText('البيانات');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gulf Bank');
  await expect(page.locator('fieldset.question').first().getByRole('radio').first()).toBeChecked();
  await expect(page.locator('fieldset.question').nth(1).getByRole('radio').nth(1)).toBeChecked();
});

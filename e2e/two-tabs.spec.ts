import { expect, test, type BrowserContext, type Page } from './fixtures';
import { hydrated, saved, settled, startStored } from './helpers';
import { LANGS, openExample, text, type Lang } from './example-results';

const QUESTION = 'ownership.owner';
const OTHER_QUESTION = 'ownership.inventory';

interface Stored {
  revision: number;
  assessment: {
    organisation: { name: string };
    maturity: Record<string, unknown>;
    notes: Record<string, string>;
    raci: Record<string, Record<string, string> | 'unknown'>;
  };
}

/** Every stored assessment, by id, straight from the browser's storage. */
async function storage(page: Page): Promise<Record<string, Stored>> {
  return page.evaluate(() => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? '';
      if (key.startsWith('ccm:assessment:'))
        out[key.slice('ccm:assessment:'.length)] = JSON.parse(localStorage.getItem(key) ?? '');
    }
    return out;
  }) as Promise<Record<string, Stored>>;
}

/** A new assessment stored from the start page (named "Blank", its first change); returns its id. */
async function startBlank(page: Page, lang: Lang): Promise<string> {
  await page.goto(`/${lang}/`);
  await hydrated(page);
  return startStored(page, text(lang, 'home.new'), text(lang, 'profile.name'), 'Blank');
}

/** A second page in the same browser, on a questionnaire step of an assessment. */
async function openStep(context: BrowserContext, lang: Lang, id: string, step: string) {
  const page = await context.newPage();
  await page.goto(`/${lang}/assess/?id=${id}#step=${step}`);
  await hydrated(page);
  // The step's view loads on demand; the questionnaire follows the other tab once it shows.
  await expect(page.locator('#step-title')).toBeVisible();
  return page;
}

async function answer(page: Page, question: string, level: number): Promise<void> {
  await page.locator(`input[name="q-${question}"][value="${level}"]`).check();
}

async function writeNote(page: Page, question: string, note: string): Promise<void> {
  const field = page.locator(`#note-${question.replace('.', '\\.')}`);
  if (!(await field.isVisible()))
    await page.locator(`fieldset:has(#note-${question.replace('.', '\\.')}) summary`).click();
  await field.fill(note);
}

/**
 * Holds the page's timers, so its autosave waits with a change unsaved (a page clock would stop
 * every page of the context); `releaseTimers` runs them.
 */
async function holdTimers(page: Page): Promise<void> {
  await page.evaluate(() => {
    const held: (() => void)[] = [];
    const real = window.setTimeout.bind(window);
    Object.assign(window, {
      releaseTimers: () => {
        window.setTimeout = real;
        for (const run of held) run();
      },
      setTimeout: (run: () => void) => held.push(run),
    });
  });
}

async function releaseTimers(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { releaseTimers: () => void }).releaseTimers());
}

for (const lang of LANGS) {
  test(`a stale questionnaire tab never writes over the other tab's answer and note; it is told and keeps both (${lang})`, async ({
    page,
    context,
  }) => {
    const id = await startBlank(page, lang);
    const first = await openStep(context, lang, id, 'dimension:ownership');
    const second = await openStep(context, lang, id, 'dimension:ownership');
    // The second tab's change waits unsaved while the first one saves.
    await holdTimers(second);
    await answer(second, OTHER_QUESTION, 2);

    await answer(first, QUESTION, 4);
    await writeNote(first, QUESTION, 'Evidence from the first tab');
    await saved(first);
    await expect
      .poll(async () => (await storage(page))[id]?.assessment.notes[QUESTION])
      .toBe('Evidence from the first tab');

    const notice = second.locator('[data-elsewhere="changed"]');
    await expect(notice.getByRole('heading')).toHaveText(text(lang, 'storage.changed.title'));
    await expect(notice.getByRole('row')).toHaveCount(4);
    await expect(notice).toContainText(text(lang, 'storage.changed.answer').split(':')[0] ?? '');
    await expect(notice).toContainText('Evidence from the first tab');

    // Time moves on in the second tab: its save is refused, the first tab's work stays.
    await releaseTimers(second);
    await expect(second.locator('.save[data-state="error"]')).toBeVisible();
    const after = (await storage(page))[id];
    expect(after?.assessment.maturity).toEqual({ [QUESTION]: 4 });
    expect(after?.assessment.notes).toEqual({ [QUESTION]: 'Evidence from the first tab' });

    await second.getByRole('button', { name: text(lang, 'storage.changed.keepBoth') }).click();
    await second.waitForURL((url) => url.searchParams.get('id') !== id);
    const copyId = new URL(second.url()).searchParams.get('id') ?? '';
    const all = await storage(page);
    expect(Object.keys(all).sort()).toEqual([id, copyId].sort());
    expect(all[id]?.assessment.maturity).toEqual({ [QUESTION]: 4 });
    expect(all[copyId]?.assessment.maturity).toEqual({ [OTHER_QUESTION]: 2 });
    expect(all[copyId]?.assessment.organisation.name).toBe(
      text(lang, 'home.copyName').replace('{name}', 'Blank'),
    );
  });
}

test('a questionnaire tab with nothing unsaved takes the other tab’s answers quietly, and its next save keeps them', async ({
  page,
  context,
}) => {
  const id = await startBlank(page, 'en');
  const first = await openStep(context, 'en', id, 'dimension:ownership');
  const second = await openStep(context, 'en', id, 'dimension:ownership');
  await answer(first, QUESTION, 3);
  await writeNote(first, QUESTION, 'first');
  await saved(first);
  await expect(second.locator(`input[name="q-${QUESTION}"][value="3"]`)).toBeChecked();
  await expect(second.locator(`#note-${QUESTION.replace('.', '\\.')}`)).toHaveValue('first');
  await expect(second.locator('[data-elsewhere]')).toHaveCount(0);
  await answer(second, OTHER_QUESTION, 5);
  await saved(second);
  const stored = (await storage(page))[id];
  expect(stored?.assessment.maturity).toEqual({ [QUESTION]: 3, [OTHER_QUESTION]: 5 });
  expect(stored?.assessment.notes).toEqual({ [QUESTION]: 'first' });
  await expect(first.locator(`input[name="q-${OTHER_QUESTION}"][value="5"]`)).toBeChecked();
});

test('the stale tab can open the saved version instead, dropping only its own change', async ({
  page,
  context,
}) => {
  const id = await startBlank(page, 'ar');
  const first = await openStep(context, 'ar', id, 'dimension:ownership');
  const second = await openStep(context, 'ar', id, 'dimension:ownership');
  await holdTimers(second);
  await answer(second, OTHER_QUESTION, 1);
  await answer(first, QUESTION, 2);
  await saved(first);
  await second.getByRole('button', { name: text('ar', 'storage.changed.reload') }).click();
  await expect(second.locator('[data-elsewhere]')).toHaveCount(0);
  await expect(second.locator(`input[name="q-${QUESTION}"][value="2"]`)).toBeChecked();
  await expect(second.locator(`input[name="q-${OTHER_QUESTION}"]:checked`)).toHaveCount(0);
  await releaseTimers(second);
  expect((await storage(page))[id]?.assessment.maturity).toEqual({ [QUESTION]: 2 });
});

for (const lang of LANGS) {
  test(`an assessment deleted in another tab does not come back when this tab saves; it can be restored on purpose (${lang})`, async ({
    page,
    context,
  }) => {
    const id = await startBlank(page, lang);
    const questionnaire = await openStep(context, lang, id, 'dimension:ownership');
    await page.goto(`/${lang}/`);
    await hydrated(page);
    await page.getByRole('button', { name: text(lang, 'home.delete'), exact: true }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: text(lang, 'home.confirmDelete.confirm') })
      .click();
    await expect(page.getByText(text(lang, 'home.list.empty'))).toBeVisible();

    const notice = questionnaire.locator('[data-elsewhere="deleted"]');
    await expect(notice.getByRole('heading')).toHaveText(text(lang, 'storage.gone.title'));
    await answer(questionnaire, QUESTION, 3);
    await expect(questionnaire.locator('.save[data-state="error"]')).toBeVisible();
    expect(await storage(page)).toEqual({});

    await questionnaire.getByRole('button', { name: text(lang, 'storage.gone.restore') }).click();
    await expect(questionnaire.locator('[data-elsewhere]')).toHaveCount(0);
    await expect(questionnaire.locator('.save')).toHaveText(text(lang, 'save.idle'));
    const back = (await storage(page))[id];
    expect(back?.assessment.maturity).toEqual({ [QUESTION]: 3 });
    // The start page follows: the assessment is listed again.
    await expect(page.getByRole('link', { name: text(lang, 'home.open') })).toHaveCount(1);
  });
}

test('leaving a deleted assessment deleted goes to the list and stores nothing', async ({
  page,
  context,
}) => {
  const id = await startBlank(page, 'en');
  const questionnaire = await openStep(context, 'en', id, 'profile');
  await page.evaluate((key) => localStorage.removeItem(key), `ccm:assessment:${id}`);
  await questionnaire.getByRole('button', { name: text('en', 'storage.gone.leave') }).click();
  await questionnaire.waitForURL(/\/en\/$/);
  expect(await storage(page)).toEqual({});
});

async function setAccountable(page: Page, lang: Lang, activity: string, team: string) {
  await page.locator('#sandbox-activity').selectOption(activity);
  await page.locator('#sandbox-team').selectOption(team);
  const a = page.getByRole('checkbox', { name: text(lang, 'sandbox.letter.A') });
  if (!(await a.isChecked())) await a.check();
  await page.getByRole('button', { name: text(lang, 'sandbox.set') }).click();
}

async function openResultsOf(context: BrowserContext, lang: Lang, id: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`/${lang}/results/?id=${id}`);
  await hydrated(page);
  await expect(page.locator('#overview-title')).toBeVisible();
  await settled(page);
  return page;
}

for (const lang of LANGS) {
  test(`"apply" from an older results tab never overwrites newer RACI edits (${lang})`, async ({
    page,
    context,
  }) => {
    const id = await openExample(page, lang, 'bank-fragmented');
    const older = await openResultsOf(context, lang, id);
    const newer = await openResultsOf(context, lang, id);

    await setAccountable(older, lang, 'data.source', 'marketing');
    await setAccountable(newer, lang, 'data.source', 'ccm');
    await newer.getByRole('button', { name: text(lang, 'sandbox.apply') }).click();
    await expect(newer.getByText(text(lang, 'sandbox.applied'))).toBeVisible();
    const applied = (await storage(page))[id]?.assessment.raci['data.source'];
    expect(applied).toMatchObject({ ccm: 'A' });

    // The older tab is told at once, and its apply is refused: the newer edit stays.
    const notice = older.locator('[data-elsewhere="changed"]');
    await expect(notice.getByRole('heading')).toHaveText(text(lang, 'storage.changed.title'));
    await older.getByRole('button', { name: text(lang, 'sandbox.apply') }).click();
    await expect(
      older.getByRole('alert').filter({ hasText: text(lang, 'storage.conflict') }),
    ).toBeVisible();
    expect((await storage(page))[id]?.assessment.raci['data.source']).toEqual(applied);

    await older.getByRole('button', { name: text(lang, 'storage.changed.keepBoth') }).click();
    await older.waitForURL((url) => url.searchParams.get('id') !== id);
    const copyId = new URL(older.url()).searchParams.get('id') ?? '';
    const all = await storage(page);
    expect(all[id]?.assessment.raci['data.source']).toEqual(applied);
    expect(all[copyId]?.assessment.raci['data.source']).toMatchObject({ marketing: 'A' });
  });
}

test('an older results tab applying edits to other activities keeps the newer ones too', async ({
  page,
  context,
}) => {
  const id = await openExample(page, 'en', 'bank-fragmented');
  const older = await openResultsOf(context, 'en', id);
  const newer = await openResultsOf(context, 'en', id);
  await setAccountable(older, 'en', 'data.consent', 'ccm');
  await setAccountable(newer, 'en', 'data.source', 'ccm');
  await newer.getByRole('button', { name: text('en', 'sandbox.apply') }).click();
  await expect(newer.getByText(text('en', 'sandbox.applied'))).toBeVisible();
  await older.getByRole('button', { name: text('en', 'sandbox.apply') }).click();
  await expect(older.getByText(text('en', 'sandbox.applied'))).toBeVisible();
  const raci = (await storage(page))[id]?.assessment.raci;
  expect(raci?.['data.source']).toMatchObject({ ccm: 'A' });
  expect(raci?.['data.consent']).toMatchObject({ ccm: 'A' });
});

test('a results tab with no what-if edit follows the questionnaire quietly', async ({
  page,
  context,
}) => {
  const id = await openExample(page, 'en', 'bank-fragmented');
  const results = await openResultsOf(context, 'en', id);
  await page.goto(`/en/assess/?id=${id}#step=profile`);
  await hydrated(page);
  await page.getByLabel(text('en', 'profile.name')).fill('Renamed in another tab');
  await saved(page);
  await expect(results.getByRole('heading', { level: 1 })).toHaveText('Renamed in another tab');
  await expect(results.locator('[data-elsewhere]')).toHaveCount(0);
});

for (const lang of LANGS) {
  test(`the start page list follows what other tabs create, rename and delete (${lang})`, async ({
    page,
    context,
  }) => {
    await page.goto(`/${lang}/`);
    await hydrated(page);
    await expect(page.getByText(text(lang, 'home.list.empty'))).toBeVisible();
    const other = await context.newPage();
    const id = await startBlank(other, lang);
    await expect(page.getByRole('link', { name: text(lang, 'home.open') })).toHaveCount(1);
    await other.goto(`/${lang}/assess/?id=${id}#step=profile`);
    await hydrated(other);
    await other.getByLabel(text(lang, 'profile.name')).fill('Tab two');
    await saved(other);
    await expect(page.getByRole('heading', { name: 'Tab two' })).toBeVisible();
    await other.evaluate((key) => localStorage.removeItem(key), `ccm:assessment:${id}`);
    await expect(page.getByText(text(lang, 'home.list.empty'))).toBeVisible();
  });
}

// The evidence in the results: the notes written in the questionnaire show beside their answers
// in the maturity section and on their activities in the RACI section, as text, in both languages.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { LANGS, filled, openExample, openResults, text, type Lang } from './example-results';
import { expectNoSeriousViolations, hydrated, saved } from './helpers';
import { makeFormatters } from '../src/components/results/view-context';
import { DEFAULT_SETTINGS } from '../src/i18n/format';
import { loadModel } from '../src/lib/model/load-model';
import { answerTexts } from '../src/lib/report/answers-csv';

const model = loadModel();
const questionIds = new Set(model.questions.map((q) => q.id));
const activityName = (id: string, lang: Lang): string =>
  model.activities.find((a) => a.id === id)?.name[lang] ?? id;
const dimensionName = (id: string, lang: Lang): string =>
  model.dimensions.find((d) => d.id === id)?.name[lang] ?? id;

/** Markup a note might carry: it must show as these very characters and never run. */
const HOSTILE = '<img src=x onerror="window.pwned=1"><b>bold</b>';
/** A note in each language, with the other language mixed in, a long unbroken word and markup. */
const NOTE = {
  en: `Board minutes of 12 March; see رسالة المراجعة. ${'Evidence'.repeat(12)} ${HOSTILE}`,
  ar: `محضر اللجنة في ١٢ مارس، انظر Review memo. ${'دليل'.repeat(20)} ${HOSTILE}`,
};
const ACTIVITY_NOTE = {
  en: 'The CRM team keeps the source list; nobody signs it off.',
  ar: 'يحتفظ فريق إدارة علاقات العملاء بقائمة المصادر ولا يعتمدها أحد.',
};

/** Opens every evidence disclosure of the results page. */
async function openEvidence(page: Page): Promise<void> {
  for (const summary of await page
    .locator('#maturity details > summary, #raci details > summary')
    .all())
    await summary.click();
}

for (const lang of LANGS) {
  test(`notes written in the questionnaire show in the results, as text (${lang})`, async ({
    page,
  }) => {
    const id = await openExample(page, lang, 'telecom-controlled');
    const assess = page.url().split('#')[0] ?? '';

    // A maturity question's note.
    await page.goto(`${assess}#step=dimension:ownership`);
    await hydrated(page);
    const field = page.locator('#note-ownership\\.owner');
    if (!(await field.isVisible()))
      await page.locator('fieldset:has(#note-ownership\\.owner) summary').click();
    await field.fill(NOTE[lang]);
    await saved(page);

    // An activity's note.
    await page.goto(`${assess}#step=raci:data`);
    await hydrated(page);
    const label = filled(lang, 'raci.note', { activity: activityName('data.source', lang) });
    await page.getByRole('button', { name: label }).click();
    await page.getByLabel(label, { exact: true }).fill(ACTIVITY_NOTE[lang]);
    await saved(page);

    await page.goto(`/${lang}/results/?id=${id}`);
    await hydrated(page);

    // Maturity: the dimension's disclosure counts the note and shows it under its answer.
    const ownership = page.locator('#maturity details', {
      has: page.locator('summary', { hasText: dimensionName('ownership', lang) }),
    });
    await expect(ownership.locator('summary')).toContainText(
      filled(lang, 'results.evidence.notes.one', {
        n: makeFormatters(lang, DEFAULT_SETTINGS).count(1),
      }),
    );
    await ownership.locator('summary').press('Enter');
    const note = ownership.locator('[dir="auto"]');
    await expect(note).toHaveText(NOTE[lang]);
    await expect(note).toBeVisible();
    // Long text wraps inside the page.
    const box = await note.boundingBox();
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);

    // RACI: the row says it has a note, its explanation shows it, and so does the list of notes.
    const activity = activityName('data.source', lang);
    const header = page.getByRole('rowheader', {
      name: filled(lang, 'matrix.noted', { activity }),
    });
    await expect(header).toHaveCount(1);
    await page
      .locator('#raci [role="row"]', { has: header })
      .locator('[role="gridcell"][data-col="0"]')
      .focus();
    await expect(page.getByRole('tooltip')).toContainText(ACTIVITY_NOTE[lang]);
    const list = page.locator('#raci details');
    await expect(list.locator('summary')).toHaveText(
      // The example's own note on an activity, and this one.
      filled(lang, 'results.raci.notes', { n: makeFormatters(lang, DEFAULT_SETTINGS).count(2) }),
    );
    await list.locator('summary').press('Enter');
    await expect(list.getByText(ACTIVITY_NOTE[lang])).toBeVisible();

    // The table shows the note as text in its row.
    await page
      .locator('#raci')
      .getByRole('button', { name: text(lang, 'chart.showTable') })
      .click();
    const row = page.locator('#raci table tr', {
      has: page.getByRole('rowheader', { name: activity }),
    });
    await expect(row.locator('td[dir="auto"]')).toHaveText(ACTIVITY_NOTE[lang]);

    // Markup in a note is text: nothing from it ran or was added to the page.
    await expect(page.locator('#maturity img, #maturity b')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  });

  test(`every note of the bank example shows in the results (${lang})`, async ({ page }) => {
    const { notes, maturity } = JSON.parse(
      readFileSync('examples/bank-fragmented.json', 'utf8'),
    ) as { notes: Record<string, string>; maturity: Record<string, number> };
    const onQuestions = Object.keys(notes).filter((key) => questionIds.has(key));
    const onActivities = model.activities.filter((a) => notes[a.id] !== undefined);
    expect(onQuestions.length + onActivities.length).toBe(Object.keys(notes).length);

    await openResults(page, lang, 'bank-fragmented');
    await openEvidence(page);
    const maturityNotes = page.locator('#maturity .note [dir="auto"]');
    await expect(maturityNotes).toHaveCount(onQuestions.length);
    const shown = await maturityNotes.allTextContents();
    expect(shown.sort()).toEqual(onQuestions.map((key) => notes[key]).sort());
    // Beside a noted answer, the words of the answer given (fetched once the section is near).
    const level = maturity['review.timing'] ?? 0;
    const words = answerTexts(model, lang)['review.timing']?.[level - 1] ?? '';
    expect(words).not.toBe('');
    const timing = page.locator('#maturity li', { hasText: notes['review.timing'] ?? '' });
    await expect(timing).toContainText(words);

    await expect(page.locator('#raci .noted')).toHaveCount(onActivities.length);
    const listed = page.locator('#raci details [dir="auto"]');
    await expect(listed).toHaveText(onActivities.map((a) => notes[a.id] ?? ''));
    await expect(page.locator('#raci details li')).toHaveCount(onActivities.length);
    for (const a of onActivities)
      await expect(page.locator('#raci details')).toContainText(a.name[lang]);
  });

  test(`the evidence passes the accessibility checks, open (${lang})`, async ({ page }) => {
    await openResults(page, lang, 'bank-fragmented');
    await openEvidence(page);
    await page
      .locator('#raci g[role="row"]:has(.noted) [role="gridcell"][data-col="0"]')
      .first()
      .focus();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await expectNoSeriousViolations(page, `results with evidence open (${lang})`);
  });
}

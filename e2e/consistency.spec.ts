import { expect, test, type Page } from './fixtures';
import { loadModel } from '../src/lib/model/load-model';
import { LANGS, openExample, text, type Lang } from './example-results';
import { hydrated, press, saved, settled } from './helpers';

const model = loadModel();
const rule = (id: string) => model.consistency?.find((r) => r.id === id);
const question = (id: string, lang: Lang) =>
  model.questions.find((q) => q.id === id)?.text[lang] ?? id;
const activity = (id: string, lang: Lang) =>
  model.activities.find((a) => a.id === id)?.name[lang] ?? id;
const stage = (id: string, lang: Lang) => model.stages.find((s) => s.id === id)?.name[lang] ?? id;

/** The questionnaire at a step, hydrated. */
async function openStep(page: Page, id: string, lang: Lang, step: string): Promise<void> {
  await page.goto(`/${lang}/assess/?id=${id}#step=${step}`);
  await hydrated(page);
  await expect(page.locator('#step-title')).toBeVisible();
}

for (const lang of LANGS) {
  test(`an inconsistent answer shows in the summary and the results, linked to both answers (${lang})`, async ({
    page,
  }) => {
    const id = await openExample(page, lang, 'bank-fragmented');

    // The bank handles regulatory change "with the inventory" while it has none.
    await openStep(page, id, lang, 'summary');
    const summary = page.locator('[data-inconsistencies]');
    await expect(summary.getByRole('heading')).toHaveText(text(lang, 'consistency.title'));
    await expect(summary.locator('li[data-rule]')).toHaveCount(1);
    await expect(summary.locator('li[data-rule="regulation-without-inventory"] > p')).toHaveText(
      rule('regulation-without-inventory')?.text[lang] ?? '',
    );

    // Routing by documented rules (level 3) while nobody is accountable for routing feedback.
    await openStep(page, id, lang, 'dimension:feedback');
    await page.locator('input[name="q-feedback.routing"][value="3"]').check();
    await saved(page);
    await openStep(page, id, lang, 'summary');
    const item = summary.locator('li[data-rule="feedback-routing-without-owner"]');
    await expect(item.locator('> p')).toHaveText(
      rule('feedback-routing-without-owner')?.text[lang] ?? '',
    );
    const toQuestion = item.getByRole('link', { name: question('feedback.routing', lang) });
    const toActivity = item.getByRole('link', { name: activity('feedback.route', lang) });
    await expect(toQuestion).toHaveAttribute('href', '#step=dimension:feedback');
    await expect(toActivity).toHaveAttribute('href', '#step=raci:feedback');

    // Following a link by keyboard opens the step where the answer is given.
    await press(page, toActivity, 'Enter');
    await expect(page).toHaveURL(/#step=raci:feedback$/);
    await expect(page.locator('#step-title')).toContainText(stage('feedback', lang));
    await expect(page.locator('#step-title')).toBeFocused();
    await page.goBack();
    await expect(page).toHaveURL(/#step=summary$/);
    await press(page, toQuestion, 'Enter');
    await expect(page).toHaveURL(/#step=dimension:feedback$/);
    await expect(page.locator('#step-title')).toHaveText(
      model.dimensions.find((d) => d.id === 'feedback')?.name[lang] ?? '',
    );

    // The results list the same two, each answer linked to its step in the questionnaire.
    await page.goto(`/${lang}/results/?id=${id}`);
    await hydrated(page);
    const results = page.locator('#overview [data-inconsistencies]');
    await expect(results.locator('li[data-rule]')).toHaveCount(2);
    const resultItem = results.locator('li[data-rule="feedback-routing-without-owner"]');
    await expect(resultItem.locator('> p')).toHaveText(
      rule('feedback-routing-without-owner')?.text[lang] ?? '',
    );
    const link = resultItem.getByRole('link', { name: activity('feedback.route', lang) });
    await expect(link).toHaveAttribute('href', `/${lang}/assess/?id=${id}#step=raci:feedback`);
    await press(page, link, 'Enter');
    await page.waitForURL(/\/assess\//);
    await hydrated(page);
    await expect(page.locator('#step-title')).toContainText(stage('feedback', lang));
  });

  test(`consistent answers show no inconsistency in the summary or the results (${lang})`, async ({
    page,
  }) => {
    const id = await openExample(page, lang, 'telecom-controlled');
    await openStep(page, id, lang, 'summary');
    await expect(page.locator('[data-inconsistencies]')).toHaveCount(0);
    await page.goto(`/${lang}/results/?id=${id}`);
    await hydrated(page);
    await expect(page.locator('#overview-title')).toBeVisible();
    await settled(page);
    await expect(page.locator('[data-inconsistencies]')).toHaveCount(0);
  });
}

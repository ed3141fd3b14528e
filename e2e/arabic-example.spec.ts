import { expect, test, type Page } from './fixtures';
import { loadModel } from '../src/lib/model/load-model';
import { EXAMPLES, expected, LANGS, openExample, openResults, text } from './example-results';
import { hydrated, openHome, storedRecord } from './helpers';

const NAME = 'gulf-islamic-bank';
const model = loadModel();
const flag = (model.flags['contact-centre-unaware'] ?? {}) as {
  name: { en: string; ar: string };
  explanation: { en: string; ar: string };
};

/** The example names in the order a start page lists them, read from their headings. */
async function listedExamples(page: Page, lang: 'en' | 'ar'): Promise<string[]> {
  const names = await page.locator('.examples h3').allTextContents();
  return names.map(
    (shown) => EXAMPLES.find((name) => text(lang, `example.${name}.name`) === shown) ?? shown,
  );
}

/** Latin words in a text, apart from the RACI letters the glossary keeps in Latin. */
const latinWords = (s: string): string[] =>
  // RACI letters and PDF, the report's file format («تقرير PDF»), are written in Latin letters.
  (s.match(/[A-Za-z]+/g) ?? []).filter((w) => !/^(?:RACI|R|A|C|I|PDF)$/.test(w));

test('the Arabic start page leads with the example written in Arabic; the English page lists it last', async ({
  page,
}) => {
  await openHome(page, 'ar');
  expect(await listedExamples(page, 'ar')).toEqual([
    NAME,
    'bank-fragmented',
    'government-agency',
    'telecom-controlled',
  ]);
  await openHome(page, 'en');
  expect(await listedExamples(page, 'en')).toEqual([
    'bank-fragmented',
    'government-agency',
    'telecom-controlled',
    NAME,
  ]);
});

test('on /ar/ the Arabic example’s results are in Arabic throughout, screenshots of the overview, matrix and roadmap', async ({
  page,
}, info) => {
  const id = await openResults(page, 'ar', NAME);
  const assessment = (await storedRecord(page, id)).assessment;
  const analysis = expected(NAME);
  await expect(page.locator('h1')).toHaveText('مصرف الدانة الإسلامي');
  expect(latinWords(await page.locator('main').innerText())).toEqual([]);

  // Every team heads its matrix column by its Arabic name.
  const matrix = page.locator('#raci');
  for (const team of assessment.teams) await expect(matrix).toContainText(team.name);

  // The flag this story is about: badges on the three front-line activities, explained in Arabic.
  const activities = Object.keys(analysis.activities);
  for (const activity of ['triggers.define', 'content.author', 'incidents.crisis']) {
    const badges = matrix.locator(`[data-row="${activities.indexOf(activity)}"][data-col="0"]`);
    await expect(badges).toHaveAttribute('aria-label', new RegExp(flag.name.ar));
  }
  await matrix
    .locator(`[data-row="${activities.indexOf('content.author')}"][data-col="0"]`)
    .focus();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText(flag.name.ar);
  await expect(tip).toContainText(flag.explanation.ar.slice(0, 40));
  await expect(page.locator('#overview')).toContainText(flag.name.ar);

  // The roadmap opens with briefing the contact centre, owned by the contact centre.
  const brief = page.locator('#roadmap [data-action="contact-centre-briefing"]');
  await expect(brief).toContainText('إحاطة مركز الاتصال علماً قبل كل حملة وكل تغيير');
  await expect(brief).toContainText('مركز الاتصال وخدمة العملاء');
  expect(analysis.roadmap.phases[0]?.actions[0]?.id).toBe('contact-centre-briefing');

  await page.keyboard.press('Escape');
  for (const section of ['overview', 'raci', 'roadmap'])
    await page
      .locator(`#${section}`)
      .screenshot({ path: info.outputPath(`${NAME}-ar-${section}.png`) });
});

test('on /ar/ the Arabic example’s notes show in Arabic beside their answers', async ({ page }) => {
  await openExample(page, 'ar', NAME);
  const url = page.url().split('#')[0];
  await page.goto(`${url}#step=dimension:review`);
  await hydrated(page);
  await expect(page.locator('#note-review\\.timing')).toHaveValue(/تُعتمد الرسائل الخاضعة للتنظيم/);
  await page.goto(`${url}#step=raci:content`);
  await hydrated(page);
  const activity = model.activities.find((a) => a.id === 'content.author')?.name.ar ?? '';
  const label = text('ar', 'raci.note').replace('{activity}', activity);
  await expect(page.getByLabel(label, { exact: true })).toHaveValue(/حملة التمويل الشخصي في رمضان/);
});

for (const lang of LANGS) {
  test(`the Arabic example opens from the ${lang} start page and keeps its Arabic names`, async ({
    page,
  }) => {
    const id = await openResults(page, lang, NAME);
    expect((await storedRecord(page, id)).assessment.organisation.name).toBe(
      'مصرف الدانة الإسلامي',
    );
    await expect(page.locator('h1')).toHaveText('مصرف الدانة الإسلامي');
    // Its own teams keep their Arabic names; teams under a default name show it in the page language.
    await expect(page.locator('#raci')).toContainText('إدارة الرقابة الشرعية');
    const name = expected(NAME).activities['content.author']?.flagDetails.at(-1)?.name[lang];
    expect(name).toBe(flag.name[lang]);
    await expect(page.locator('#overview')).toContainText(flag.name[lang]);
  });
}

import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { strings } from './example-results';
import { hydrated, openHome } from './helpers';

const example = (): Record<string, unknown> =>
  JSON.parse(readFileSync('examples/telecom-controlled.json', 'utf8')) as Record<string, unknown>;

/** The telecom example with a sector, a quarter, a level and a team name the format refuses. */
const broken = () => {
  const doc = example();
  const teams = doc['teams'] as { id: string; name: string }[];
  return {
    ...doc,
    organisation: { ...(doc['organisation'] as object), sector: 'piracy', regulated: 'yes' },
    period: '2026-Q5',
    maturity: { 'review.timing': 'often' },
    teams: [{ ...teams[0], name: 'x'.repeat(121) }, ...teams.slice(1)],
  };
};

const EXPECTED = {
  en: [
    'organisation.sector: “piracy” is not one of the allowed values (Banking, Insurance,',
    'organisation.regulated: expected true or false, without quotes.',
    'period: expected a quarter written YYYY-Qn, such as 2026-Q4; found “2026-Q5”.',
    'teams[0].name: the text is 121 characters long; at most 120 are allowed.',
    'maturity["review.timing"]: expected a level from 1 to 5, or “unknown” for don’t know.',
  ],
  ar: [
    `organisation.sector: القيمة «\u2068piracy\u2069» ليست من القيم المسموح بها (${strings('ar')['sector.banking']}، ${strings('ar')['sector.insurance']}،`,
    'organisation.regulated: المتوقَّع: \u2068true\u2069 أو \u2068false\u2069 دون علامات تنصيص.',
    'period: المتوقَّع: ربع سنة يُكتب بالسنة ثم شرطة ثم الحرف Q ورقم الربع، مثل \u20682026-Q4\u2069. القيمة الموجودة: «\u20682026-Q5\u2069».',
    'teams[0].name: عدد الأحرف: \u2068121\u2069، والحد الأقصى: \u2068120\u2069.',
    'maturity["review.timing"]: المتوقَّع: مستوى من \u20681\u2069 إلى \u20685\u2069، أو «\u2068unknown\u2069» للإجابة «لا أعلم».',
  ],
} as const;

for (const lang of ['en', 'ar'] as const) {
  test(`each refusal of an imported file says what was expected, in the page language (${lang})`, async ({
    page,
  }) => {
    await openHome(page, lang);
    await page.locator('#import-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken())),
    });
    const alert = page.getByRole('alert');
    for (const text of EXPECTED[lang]) await expect(alert).toContainText(text);
    const shown = await alert.innerText();
    expect(shown).not.toMatch(/\b(?:string|boolean|Object|Array|undefined|null)\b/);
    expect(shown).not.toContain(lang === 'en' ? 'is not allowed' : 'غير مقبولة');
  });
}

test('a file that starts with a UTF-8 byte-order mark opens in the questionnaire', async ({
  page,
}) => {
  await openHome(page, 'en');
  await page.locator('#import-file').setInputFiles({
    name: 'bom.json',
    mimeType: 'application/json',
    buffer: Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(JSON.stringify(example())),
    ]),
  });
  await page.waitForURL(/assess/);
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Najm Telecom');
});

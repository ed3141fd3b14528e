import { expect, test } from './fixtures';
import { DEFAULT_SETTINGS, formatNumber } from '../src/i18n/format';
import { pluralKey } from '../src/i18n/interpolate';
import { loadModel } from '../src/lib/model/load-model';
import { expected, filled, LANGS, openResults, text } from './example-results';
import { hydrated, openHome, startNew } from './helpers';

const model = loadModel();
const ownershipQuestions = model.questions.filter((q) => q.dimension === 'ownership').length;
const ownershipName = (lang: 'en' | 'ar'): string =>
  model.dimensions.find((d) => d.id === 'ownership')?.name[lang] ?? 'ownership';

for (const lang of LANGS) {
  test(`the questionnaire's sections count answers as the language writes them (${lang})`, async ({
    page,
  }) => {
    await openHome(page, lang);
    await startNew(page, text(lang, 'home.new'));
    const nav = page.getByRole('navigation', { name: text(lang, 'wizard.sections') });
    const ownership = nav.getByRole('button', { name: ownershipName(lang) });
    const count = filled(lang, 'wizard.count', {
      answered: formatNumber(lang, 0, DEFAULT_SETTINGS),
      total: formatNumber(lang, ownershipQuestions, DEFAULT_SETTINGS),
    });
    await expect(ownership.locator('.count')).toHaveText(count);
    // «٠ من ٤», never «٠/٤»: a slash between Arabic-Indic digits reads as a date or a fraction.
    if (lang === 'ar') expect(count).not.toContain('/');
  });

  test(`the workshop size takes the plural form of its count (${lang})`, async ({ page }) => {
    await openResults(page, lang, 'bank-fragmented');
    const workshop = expected('bank-fragmented').workshop;
    if (!workshop) throw new Error('the bank example has no workshop');
    const n = workshop.participants;
    const line = filled(lang, pluralKey(lang, 'overview.workshop', n), {
      n: formatNumber(lang, n, DEFAULT_SETTINGS),
      kappa:
        workshop.kappa === null
          ? '–'
          : formatNumber(lang, workshop.kappa, DEFAULT_SETTINGS, {
              minimumFractionDigits: 2,
              maximumFractionDigits: 2,
            }),
    });
    await expect(page.locator('#overview')).toContainText(line);
  });
}

test('the period example reads 2026-Q4 on Arabic pages, not Q4-2026', async ({ page }) => {
  await openHome(page, 'ar');
  await startNew(page, text('ar', 'home.new'));
  await hydrated(page);
  const hint = page.getByText(/السنة والربع/);
  await expect(hint).toHaveText(text('ar', 'profile.period.hint'));
  // The example sits in a left-to-right isolate, so it keeps the order the reader types.
  const box = await hint.evaluate((element) => {
    const range = document.createRange();
    const node = element.firstChild as Text;
    const at = (s: string) => {
      const i = node.data.indexOf(s);
      range.setStart(node, i);
      range.setEnd(node, i + s.length);
      return range.getBoundingClientRect().left;
    };
    return { year: at('2026'), quarter: at('Q4') };
  });
  expect(box.year).toBeLessThan(box.quarter);
});

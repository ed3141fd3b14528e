import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from './fixtures';
import { makeFormatters } from '../src/components/results/view-context';
import { DEFAULT_SETTINGS } from '../src/i18n/format';
import { filled } from './example-results';
import { hydrated, openHome } from './helpers';

type Lang = 'en' | 'ar';
type Text = Record<Lang, string>;

const fixture = readFileSync('src/domain/schemas/fixtures/assessment-2026.2.json', 'utf8');
const { questions } = JSON.parse(readFileSync('data/questions.json', 'utf8')) as {
  questions: { id: string; text: Text }[];
};
const { dimensions } = JSON.parse(readFileSync('data/model.json', 'utf8')) as {
  dimensions: { id: string; name: Text }[];
};
const questionText = (id: string, lang: Lang): string =>
  questions.find((q) => q.id === id)?.text[lang] ?? id;
const dimensionName = (id: string, lang: Lang): string =>
  dimensions.find((d) => d.id === id)?.name[lang] ?? id;

const TEXT = {
  en: {
    sections: 'Sections',
    isNew: 'New in this version',
    twoNew: filled('en', 'questionnaire.newCount', {
      n: makeFormatters('en', DEFAULT_SETTINGS).count(2),
    }),
    replaces: /replaces earlier ones/,
    summary: 'Summary',
    newGroup: filled('en', 'summary.new', { n: makeFormatters('en', DEFAULT_SETTINGS).count(10) }),
  },
  ar: {
    sections: 'الأقسام',
    isNew: 'جديد في هذا الإصدار',
    twoNew: filled('ar', 'questionnaire.newCount', {
      n: makeFormatters('ar', DEFAULT_SETTINGS).count(2),
    }),
    replaces: /يحلّ هذا السؤال محلّ أسئلة سابقة/,
    summary: 'الملخّص',
    newGroup: filled('ar', 'summary.new', { n: makeFormatters('ar', DEFAULT_SETTINGS).count(10) }),
  },
} as const;

async function importTaken2026_2(page: Page, lang: Lang): Promise<void> {
  await openHome(page, lang);
  await page.locator('#import-file').setInputFiles({
    name: 'gulf-mutual-2026-q3.json',
    mimeType: 'application/json',
    buffer: Buffer.from(fixture),
  });
  await page.waitForURL(/\/assess\/\?id=/);
  await hydrated(page);
}

const question = (page: Page, id: string, lang: Lang): Locator =>
  page.locator('fieldset.question').filter({ hasText: questionText(id, lang) });

for (const lang of ['en', 'ar'] as const) {
  const T = TEXT[lang];

  test(`a 2026.2 file shows the questions new in 2026.3 as new and unanswered (${lang})`, async ({
    page,
  }) => {
    await importTaken2026_2(page, lang);
    const sections = page.getByRole('navigation', { name: T.sections });
    const delivery = sections.getByRole('button', { name: dimensionName('delivery', lang) });
    await expect(delivery).toContainText(T.twoNew);
    await expect(
      sections.getByRole('button', { name: dimensionName('ownership', lang) }),
    ).not.toContainText(T.isNew);

    await delivery.click();
    // New: marked, and no option chosen.
    const spoofing = question(page, 'delivery.spoofing', lang);
    await expect(spoofing.locator('legend')).toContainText(T.isNew);
    for (const radio of await spoofing.getByRole('radio').all())
      await expect(radio).not.toBeChecked();
    // Replacing the platforms question: marked, says so, and keeps the platforms answer (3).
    const providers = question(page, 'delivery.providers', lang);
    await expect(providers.locator('legend')).toContainText(T.isNew);
    await expect(providers).toHaveAccessibleDescription(T.replaces);
    await expect(providers.getByRole('radio').nth(2)).toBeChecked();
    // Asked before: not marked, answer kept.
    const stop = question(page, 'delivery.stop', lang);
    await expect(stop.locator('legend')).not.toContainText(T.isNew);
    await expect(stop.getByRole('radio').nth(1)).toBeChecked();

    await sections.getByRole('button', { name: T.summary }).click();
    const group = page.locator('section.group', { hasText: T.newGroup });
    await expect(group.getByRole('heading', { name: T.newGroup })).toBeVisible();
    await expect(group.getByRole('button')).toHaveCount(10);
    await expect(
      group.getByRole('button', { name: questionText('feedback.briefing', lang) }),
    ).toBeVisible();
  });
}

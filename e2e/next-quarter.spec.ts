// Starting the next quarter: from the bank example (2026-Q3), 2026-Q4 opens pre-filled and linked,
// stores nothing until its first change, shows last quarter's answers and counts what changed;
// the start page then lists both periods under the organisation with the trend between them.
import { expect, test, type Page } from './fixtures';
import { expectNoSeriousViolations, hydrated, saved } from './helpers';
import { filled, LANGS, openResults, text, type Lang } from './example-results';
import { formatNumber, formatPeriod } from '../src/i18n/format';

/** The ids of every stored assessment, and the periods they are for. */
async function storedPeriods(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? '';
      if (key.startsWith('ccm:assessment:'))
        out[key.slice('ccm:assessment:'.length)] = (
          JSON.parse(localStorage.getItem(key) ?? '') as { assessment: { period: string } }
        ).assessment.period;
    }
    return out;
  });
}

const changedText = (lang: Lang, n: number): string =>
  filled(lang, 'questionnaire.changedSinceLastQuarter', { n: formatNumber(lang, n) });

for (const lang of LANGS) {
  test(`the next quarter starts pre-filled, is stored on its first change and groups with the last (${lang})`, async ({
    page,
  }) => {
    const q3 = await openResults(page, lang, 'bank-fragmented');
    await page.getByRole('button', { name: text(lang, 'home.nextQuarter'), exact: true }).click();
    await page.waitForURL(/\/assess\/\?next=/);
    await hydrated(page);

    // Pre-filled for the next period, and nothing stored while only looking around.
    await page.goto(`${page.url().split('#')[0]}#step=dimension:ownership`);
    await hydrated(page);
    const owner = page.locator('input[name="q-ownership.owner"][value="1"]');
    await expect(owner).toBeChecked();
    await expect(page.locator('[data-period]')).toHaveText(formatPeriod(lang, '2026-Q4'));
    await expect(page.getByText(changedText(lang, 0))).toBeVisible();
    // Last quarter's answer under each question: three of the four were at level 1.
    const lastAnswers = page.locator('fieldset .last');
    await expect(lastAnswers).toHaveCount(4);
    await expect(lastAnswers.first()).toContainText(
      text(lang, 'question.lastQuarter').split(':')[0]!,
    );
    await expect(lastAnswers.filter({ hasText: `${formatNumber(lang, 1)} — ` })).toHaveCount(3);
    await page.getByRole('button', { name: text(lang, 'wizard.next'), exact: true }).click();
    await page.waitForTimeout(1200);
    expect(Object.values(await storedPeriods(page))).toEqual(['2026-Q3']);
    expect(page.url()).toContain('?next=');
    await expectNoSeriousViolations(page, `questionnaire, next quarter (${lang})`);

    // Three answers and one RACI cell change.
    await page.getByRole('button', { name: text(lang, 'wizard.back'), exact: true }).click();
    for (const question of ['ownership.owner', 'ownership.inventory', 'ownership.disputes'])
      await page.locator(`input[name="q-${question}"][value="3"]`).check();
    await page.waitForURL(/\/assess\/\?id=/);
    await expect(page.getByText(changedText(lang, 3))).toBeVisible();
    await page.goto(`${page.url().split('#')[0]}#step=raci:data`);
    await hydrated(page);
    await expect(
      page.getByRole('grid').getByText(text(lang, 'question.lastQuarter').split(':')[0]!).first(),
    ).toBeVisible();
    await page.locator('[data-row="0"][data-col="0"] button.letter').nth(1).click();
    await expect(page.getByText(changedText(lang, 4))).toBeVisible();
    await saved(page);
    await expectNoSeriousViolations(page, `RACI step, next quarter (${lang})`);

    const q4 = new URL(page.url()).searchParams.get('id') ?? '';
    expect(await storedPeriods(page)).toEqual({ [q3]: '2026-Q3', [q4]: '2026-Q4' });

    // After a reload the count holds, and the start page groups both periods with the trend.
    await page.reload();
    await hydrated(page);
    await expect(page.getByText(changedText(lang, 4))).toBeVisible();
    await page.goto(`/${lang}/`);
    await hydrated(page);
    const organisation = page.locator('[data-organisation]');
    await expect(organisation).toHaveCount(1);
    await expect(organisation.locator('.item')).toHaveCount(2);
    await expect(organisation.locator('.item h4')).toHaveText([
      formatPeriod(lang, '2026-Q4'),
      formatPeriod(lang, '2026-Q3'),
    ]);
    await expect(organisation.locator('[data-trend]')).toContainText(
      filled(lang, 'home.org.trend.better', { period: formatPeriod(lang, '2026-Q3') }),
    );
    await expect(
      organisation.getByRole('button', { name: text(lang, 'home.nextQuarter'), exact: true }),
    ).toHaveCount(2);
    await expectNoSeriousViolations(page, `start page with two periods (${lang})`);
  });

  test(`starting the next quarter again opens the one already started, never a second copy (${lang})`, async ({
    page,
  }) => {
    const q3 = await openResults(page, lang, 'bank-fragmented');
    const start = page.getByRole('button', { name: text(lang, 'home.nextQuarter'), exact: true });
    await start.click();
    await page.waitForURL(/\/assess\/\?next=/);
    await hydrated(page);
    await page.getByLabel(text(lang, 'profile.name')).fill('Example Bank, Q4');
    await page.waitForURL(/\/assess\/\?id=/);
    await saved(page);
    const q4 = new URL(page.url()).searchParams.get('id') ?? '';

    await page.goto(`/${lang}/results/?id=${q3}`);
    await hydrated(page);
    await start.click();
    await page.waitForURL(new RegExp(`/assess/\\?id=${q4}`));
    await hydrated(page);
    await expect(page.getByLabel(text(lang, 'profile.name'))).toHaveValue('Example Bank, Q4');
    expect(await storedPeriods(page)).toEqual({ [q3]: '2026-Q3', [q4]: '2026-Q4' });
  });

  test(`a new assessment left without a change stores nothing; its first change stores it (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/`);
    await hydrated(page);
    await page.getByRole('button', { name: text(lang, 'home.new'), exact: true }).click();
    await page.waitForURL(/\/assess\/\?new/);
    await hydrated(page);
    await page.getByRole('button', { name: text(lang, 'wizard.next'), exact: true }).click();
    await page.waitForTimeout(1200);
    expect(await storedPeriods(page)).toEqual({});
    await page.goto(`/${lang}/`);
    await hydrated(page);
    await expect(page.locator('[data-organisation]')).toHaveCount(0);

    await page.getByRole('button', { name: text(lang, 'home.new'), exact: true }).click();
    await page.waitForURL(/\/assess\/\?new/);
    await hydrated(page);
    await page.getByLabel(text(lang, 'profile.name')).fill('Gulf Bank');
    await page.waitForURL(/\/assess\/\?id=/);
    await saved(page);
    expect(Object.keys(await storedPeriods(page))).toEqual([
      new URL(page.url()).searchParams.get('id'),
    ]);
  });
}

// A workshop run without a server, the facilitator's side: five participants' response files
// imported onto an example, the divergence the product computes shown, the consensus walked by
// keyboard and saved, then opened, analysed and exported as an assessment, in both languages.
import { readFileSync } from 'node:fs';
import type { Response } from '../src/domain/schemas/assessment';
import { responseFileOf } from '../src/domain/workshop/response-file';
import { DEFAULT_SETTINGS, formatNumber } from '../src/i18n/format';
import { filled, LANGS, text, type Lang } from './example-results';
import { expect, test, type Page } from './fixtures';
import { currentId, expectNoSeriousViolations, hydrated, storedRecord } from './helpers';
import {
  example,
  importOntoExample,
  json,
  model,
  responseFiles as files,
  SPLIT,
  workshop,
} from './workshop-files';

/** A team's name as the page shows it: a default team in the page language, else as written. */
function teamLabel(lang: Lang, id: string): string {
  const written = example.teams.find((t) => t.id === id)?.name ?? id;
  const known = model.teams.find((t) => t.id === id)?.name;
  return known && (known.en === written || known.ar === written) ? known[lang] : written;
}
const activityName = (lang: Lang, id: string): string =>
  model.activities.find((a) => a.id === id)?.name[lang] ?? id;
const count = (lang: Lang, n: number): string => formatNumber(lang, n, DEFAULT_SETTINGS);

async function openConsensus(page: Page, lang: Lang): Promise<void> {
  await page.goto(`/${lang}/workshop/consensus/`);
  await hydrated(page);
}

for (const lang of LANGS) {
  test(`five response files, a 2/2/1 split, agreed by keyboard and saved as an assessment (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openConsensus(page, lang);
    await expectNoSeriousViolations(page, `consensus page, nothing imported (${lang})`);
    await importOntoExample(page, text(lang, 'workshop.consensus.target'), files);
    const id = currentId(page);
    await expect(page.locator('[data-outcome="added"]')).toHaveCount(5);

    // The divergence: agreement 0.4 as the page writes numbers, a perception gap, the kappa's words.
    const row = page.locator(`[data-agreement] tr[data-activity="${SPLIT}"]`);
    await expect(row.locator('[data-share]')).toHaveText(
      formatNumber(lang, 0.4, DEFAULT_SETTINGS, { maximumFractionDigits: 2 }),
    );
    await expect(row).toContainText(text(lang, 'workshop.consensus.gap.yes'));
    await expect(page.locator('[data-agreement] tbody tr').first()).toHaveAttribute(
      'data-activity',
      SPLIT,
    );
    await expect(page.locator('[data-kappa]')).toContainText(/\S/);
    await expect(page.locator('[data-divided] li')).toHaveCount(1);
    await expectNoSeriousViolations(page, `divergence and consensus (${lang})`);

    // The walk starts at the split activity, nothing pre-selected on the tie.
    const walk = page.locator('[data-walk]');
    await expect(walk.locator('h3')).toHaveText(activityName(lang, SPLIT));
    const owner = walk.getByRole('checkbox', {
      name: filled(lang, 'workshop.consensus.walk.cell', {
        team: teamLabel(lang, 'marketing'),
        letter: text(lang, 'workshop.consensus.letter.A'),
      }),
    });
    await expect(owner).not.toBeChecked();
    await owner.focus();
    await page.keyboard.press('Space');
    await expect(owner).toBeChecked();
    await expect(walk.locator('[data-dissent] h4')).toHaveText(
      filled(lang, 'workshop.consensus.dissent.title', {
        n: count(lang, 3),
        total: count(lang, 5),
      }),
    );
    await expect(walk.locator('[data-dissent-line]')).toHaveText(/^≠ 3\/5: \u2068Omar\u2069 → /);

    // On by the arrow key (the reading direction's), to the agreed activity, then the question.
    const next = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';
    await page.keyboard.press(next);
    await expect(walk.locator('h3')).toHaveText(activityName(lang, 'data.source'));
    await expect(walk.locator('h3')).toBeFocused();
    await page.keyboard.press(next);
    await expect(walk.locator('h3')).toHaveAttribute('data-question', 'review.timing');
    await walk.getByRole('radio').nth(3).focus();
    await page.keyboard.press('Space');
    await walk.getByRole('button', { name: text(lang, 'workshop.consensus.save') }).focus();
    await page.keyboard.press('Enter');
    await expect(walk.getByRole('status')).toContainText(
      text(lang, 'workshop.consensus.saved').slice(0, 12),
    );
    const stored = await storedRecord(page, id);
    // Marketing alone is accountable; the example's R, C and I stay as they were.
    const agreed = stored.assessment.raci[SPLIT] as Record<string, string>;
    expect(Object.keys(agreed).filter((team) => agreed[team]?.includes('A'))).toEqual([
      'marketing',
    ]);
    expect(stored.assessment.maturity['review.timing']).toBe(3);

    // The results open it with marketing accountable and the dissent in the note.
    await walk.getByRole('link', { name: text(lang, 'workshop.consensus.results') }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/results\/\?id=/);
    await hydrated(page);
    await page
      .locator('#raci')
      .getByRole('button', { name: text(lang, 'chart.showTable') })
      .first()
      .click();
    const table = page.locator('#raci table.chart-table');
    const headers = await table.locator('thead th').allTextContents();
    const column = headers.findIndex((h) => h.trim() === teamLabel(lang, 'marketing'));
    const split = table.locator('tbody tr', {
      has: page.getByRole('rowheader', { name: activityName(lang, SPLIT) }),
    });
    await expect(split.locator('td, th').nth(column)).toHaveClass(/owner/);
    await expect(split.locator('td.owner')).toHaveCount(1);
    await expect(split).toContainText('≠ 3/5');

    // Exported, the assessment keeps every response.
    await page.getByRole('button', { name: text(lang, 'export.button'), exact: true }).click();
    const dialog = page.getByRole('dialog');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: text(lang, 'export.download'), exact: true }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      responses: Response[];
      raci: Record<string, unknown>;
    };
    expect(exported.responses).toHaveLength(5);
    expect(exported.raci[SPLIT]).toEqual(agreed);
    expect(errors).toEqual([]);
  });

  test(`a broken file and another organisation's file are refused, and nothing saved is lost (${lang})`, async ({
    page,
  }) => {
    await openConsensus(page, lang);
    await importOntoExample(page, text(lang, 'workshop.consensus.target'), files.slice(0, 3));
    const id = currentId(page);
    const other = responseFileOf(
      model.version,
      { organisation: 'Another Telecom', period: workshop.period },
      { participant: 'x1', maturity: {}, raci: {} },
    );
    await page
      .locator('#response-files')
      .setInputFiles([json('broken.json', '{'), json('other.json', other)]);
    await expect(page.locator('[data-outcome="refused"]')).toHaveCount(2);
    await expect(page.getByRole('status').first()).toHaveText(
      text(lang, 'workshop.consensus.import.nothing'),
    );
    await expect(page.locator('[data-outcome="refused"]').first()).toContainText(
      text(lang, 'problem.not-json'),
    );
    await expect(page.locator('[data-outcome="refused"]').nth(1)).toContainText('Another Telecom');
    const stored = (await storedRecord(page, id)) as unknown as {
      assessment: { responses: unknown[] };
    };
    expect(stored.assessment.responses).toHaveLength(3);
    await page.reload();
    await hydrated(page);
    await expect(page.locator('[data-agreement] tbody tr').first()).toBeVisible();
    await expectNoSeriousViolations(page, `refused files (${lang})`);
  });
}

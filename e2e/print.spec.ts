// The results on paper, as an executive prints them for the board: every section fits an A4 page
// (the RACI matrix a landscape one, every team in it, the control function included), no screen
// control prints, every disclosure is open, and the Arabic print is about as long as the English.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from './fixtures';
import { expected, LANGS, openResults, text, type Example, type Lang } from './example-results';
import { loadModel } from '../src/lib/model/load-model';

/** An A4 page at 96 dots per inch, in CSS pixels: the portrait width and the landscape one. */
const PORTRAIT = 794;
const LANDSCAPE = 1123;
/** The bank example, and the largest (the most teams, answers and notes). */
const PRINTED: Example[] = ['bank-fragmented', 'gulf-islamic-bank'];

/**
 * The team columns the matrix heads, as the page names them, and the control function's name
 * (which the to-be RACI always shows, and the matrix too when the assessment has the team).
 */
function teams(
  lang: Lang,
  name: Example,
): { labels: string[]; control: string; inMatrix: boolean } {
  const model = loadModel();
  const example = JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')) as {
    teams: { id: string; name: string }[];
  };
  const label = (team: { id: string; name: string }): string => {
    const known = model.teams.find((m) => m.id === team.id)?.name;
    return known && (known.en === team.name || known.ar === team.name) ? known[lang] : team.name;
  };
  const own = example.teams.find((team) => team.id === model.controlFunction);
  const fallback = model.teams.find((team) => team.id === model.controlFunction)?.name[lang] ?? '';
  return {
    labels: example.teams.map(label),
    control: own ? label(own) : fallback,
    inMatrix: own !== undefined,
  };
}

/** Every header is shown and lies across the page, none cut off at either edge. */
async function allAcross(headers: Locator, width: number): Promise<void> {
  for (const header of await headers.all()) {
    await expect(header).toBeVisible();
    const box = await header.boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? width)).toBeLessThanOrEqual(width);
  }
}

/** Lays the page out as the printer does, on paper `width` CSS pixels wide. */
async function asPrinted(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: LANDSCAPE });
  await inPrint(page);
}

/** Switches to print media and waits for the page to catch up (paper shows the matrix as a table). */
async function inPrint(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#raci table')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

/**
 * What sticks out of `width` inside the elements `selector` finds: rendered boxes and scrolled
 * boxes. The blocks printed on landscape pages (`.print-wide`) are measured apart, or skipped.
 */
function overflowing(page: Page, selector: string, width: number): Promise<string[]> {
  return page.evaluate(
    ([selector, width]) => {
      const WIDE = '.print-wide';
      const describe = (e: Element): string =>
        `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${[...e.classList].join('.')} "${(e.textContent ?? '').trim().slice(0, 40)}"`;
      const out: string[] = [];
      for (const root of document.querySelectorAll(selector)) {
        const wide = root.matches(WIDE);
        for (const e of [root, ...root.querySelectorAll('*')]) {
          if (!wide && e.closest(WIDE)) continue;
          const box = e.getBoundingClientRect();
          if (box.width <= 1 || box.height <= 1) continue;
          if (box.left < -1 || box.right > width + 1)
            out.push(`${describe(e)} spans ${Math.round(box.left)}..${Math.round(box.right)}`);
          const scrolls = e === root || getComputedStyle(e).overflowX !== 'visible';
          if (scrolls && !(!wide && e.querySelector(WIDE)) && e.scrollWidth > e.clientWidth + 1)
            out.push(`${describe(e)} scrolls ${e.scrollWidth} > ${e.clientWidth}`);
        }
      }
      return out;
    },
    [selector, width] as const,
  );
}

/** The number of pages of a PDF, and which of them lie landscape. */
function pdfPages(pdf: Buffer): { count: number; landscape: number[] } {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  const file = join(dir, 'results.pdf');
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', ['-l', '999', file], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const landscape = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/gm)]
    .filter((m) => Number(m[2]) > Number(m[3]))
    .map((m) => Number(m[1]));
  return { count, landscape };
}

for (const lang of LANGS) {
  for (const name of PRINTED) {
    test(`${lang} ${name}: every section fits its A4 page and the matrix prints every team`, async ({
      page,
    }) => {
      await openResults(page, lang, name);
      await asPrinted(page, PORTRAIT);
      const portrait = '#overview, #maturity, #heatmap, #roadmap, main > div:first-child';
      expect(await overflowing(page, portrait, PORTRAIT)).toEqual([]);

      await asPrinted(page, LANDSCAPE);
      expect(await overflowing(page, '.print-wide', LANDSCAPE)).toEqual([]);
      const matrix = page.locator('#raci table');
      await expect(matrix).toBeVisible();
      const { labels, control, inMatrix } = teams(lang, name);
      await expect(matrix.locator('thead th.team')).toHaveText(labels);
      await allAcross(matrix.locator('thead th.team'), LANDSCAPE);
      const column = (table: Locator): Locator =>
        table.getByRole('columnheader', { name: control, exact: true });
      if (inMatrix) await allAcross(column(matrix), LANDSCAPE);
      await allAcross(column(page.locator('#roadmap .print-wide table')), LANDSCAPE);
    });
  }

  test(`${lang}: no screen control prints, and the Print button prints the page`, async ({
    page,
  }) => {
    await openResults(page, lang, 'bank-fragmented');
    const print = page.getByRole('button', { name: text(lang, 'results.print'), exact: true });
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    await print.click();
    await expect(page.locator('html[data-printed]')).toHaveCount(1);

    const controls = [
      print,
      page.getByRole('link', { name: text(lang, 'results.edit'), exact: true }),
      page.getByRole('button', { name: text(lang, 'export.button'), exact: true }),
      page.getByRole('button', { name: text(lang, 'export.csvAnswers'), exact: true }),
      page.getByRole('button', { name: text(lang, 'export.csvRaci'), exact: true }),
      page.getByRole('button', { name: text(lang, 'results.raci.editInMatrix'), exact: true }),
      page.getByRole('button', { name: text(lang, 'chart.showTable'), exact: true }),
      page.getByRole('radio', { name: text(lang, 'matrix.sort.model'), exact: true }),
      page.getByRole('radio', { name: text(lang, 'matrix.sort.load'), exact: true }),
      page.getByText(text(lang, 'matrix.keyboard'), { exact: true }),
      page.getByRole('link', { name: text(lang, 'overview.seeRoadmap'), exact: true }),
      page.getByRole('link', { name: text(lang, 'overview.seeHeatmap'), exact: true }),
      page.getByRole('navigation', { name: text(lang, 'results.sections'), exact: true }),
      page.getByRole('link', { name: text(lang, 'results.section.raci'), exact: true }),
      page.getByRole('link', { name: text(lang, 'nav.home'), exact: true }),
      page.getByRole('button', { name: text(lang, 'sandbox.set'), exact: true }),
      page.getByRole('button', { name: text(lang, 'sandbox.makeAccountable'), exact: true }),
      page.getByRole('combobox', { name: text(lang, 'sandbox.team'), exact: true }),
      page.locator('#lang-switch'),
      ...(lang === 'ar' ? [page.getByText(text(lang, 'settings.label'), { exact: true })] : []),
    ];
    // On screen they are there; on paper none of them is.
    for (const control of controls) await expect(control.first()).toBeVisible();
    await asPrinted(page, PORTRAIT);
    for (const control of controls)
      for (const one of await control.all()) await expect(one).toBeHidden();
  });

  test(`${lang}: printing opens every disclosure and closes again those it opened`, async ({
    page,
  }) => {
    await openResults(page, lang, 'bank-fragmented');
    const details = page.locator('main details');
    const closedOnScreen = await details.evaluateAll(
      (all) => all.filter((d) => !(d as HTMLDetailsElement).open).length,
    );
    expect(closedOnScreen).toBeGreaterThan(0);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('main details:not([open])')).toHaveCount(0);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect(page.locator('main details:not([open])')).toHaveCount(closedOnScreen);
    // The print media alone (as a PDF is made) opens them too.
    await inPrint(page);
    await expect(page.locator('main details:not([open])')).toHaveCount(0);
  });
}

test('a section far from the screen, still showing the analysis before a what-if edit, prints the edit', async ({
  page,
}) => {
  await openResults(page, 'en', 'bank-fragmented');
  const analysis = expected('bank-fragmented');
  const orphan = Object.keys(analysis.activities).find((a) =>
    analysis.activities[a]?.flags.includes('orphaned'),
  );
  if (!orphan) throw new Error('the bank example has no orphaned activity');
  await page.locator('#sandbox-activity').selectOption(orphan);
  await page.locator('#sandbox-team').selectOption('ccm');
  // What each phase removes and leaves: the figures an edit changes.
  const roadmap = (): Promise<string[]> => page.locator('#roadmap .phase > p').allTextContents();
  const before = await roadmap();
  // The reader is at the top of the page, the roadmap screens away, when the edit is made.
  await page.evaluate(async () => {
    scrollTo(0, 0);
    await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
  });
  await page
    .getByRole('button', { name: text('en', 'sandbox.makeAccountable') })
    .dispatchEvent('click');
  await expect(page.locator('[data-sandbox-bar]')).toBeVisible();
  // On screen the far roadmap waits until it comes near...
  expect(await roadmap()).toEqual(before);
  // ...and on paper it shows the edit, as it will once it is scrolled to. The browser lays the
  // page out for paper right after telling it so, before any observer reports.
  const printed = await page.evaluate(() => {
    dispatchEvent(new Event('beforeprint'));
    const phases = [...document.querySelectorAll('#roadmap .phase > p')].map((p) => p.textContent);
    dispatchEvent(new Event('afterprint'));
    return phases;
  });
  expect(printed).not.toEqual(before);
  await page.locator('#roadmap').scrollIntoViewIfNeeded();
  await expect.poll(roadmap).toEqual(printed);
});

for (const name of PRINTED) {
  test(`${name}: the PDF of the print puts the matrix on landscape pages, as long in Arabic as in English`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const pages: Record<Lang, number> = { en: 0, ar: 0 };
    for (const lang of LANGS) {
      await openResults(page, lang, name);
      await inPrint(page);
      const { count, landscape } = pdfPages(await page.pdf({ format: 'A4' }));
      pages[lang] = count;
      // Five sections, each from a new page, every answer, note and action in full; the matrix
      // (with its notes column and list) and the to-be RACI on landscape pages, a few each.
      expect(count, `${lang} pages`).toBeGreaterThanOrEqual(5);
      expect(count, `${lang} pages`).toBeLessThanOrEqual(40);
      expect(
        landscape.length,
        `${lang} landscape pages ${landscape.join(' ')}`,
      ).toBeGreaterThanOrEqual(2);
      expect(
        landscape.length,
        `${lang} landscape pages ${landscape.join(' ')}`,
      ).toBeLessThanOrEqual(8);
      await page.emulateMedia({ media: 'screen' });
    }
    test.info().annotations.push({ type: 'pages', description: `en ${pages.en}, ar ${pages.ar}` });
    expect(pages.ar, `Arabic ${pages.ar} pages, English ${pages.en}`).toBeLessThan(pages.en * 1.5);
  });
}

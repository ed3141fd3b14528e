// Every word an Arabic page shows comes from the Arabic translation file or from the user's data,
// and so does every word of an English page from the English one. The pages are walked in each
// language through every state a user meets (start page empty and with
// saved assessments, each questionnaire step, every results section as chart and as table, the
// matrix editor and its explanation, the heatmap's drivers, a what-if edit, the dialogs, an import
// refused, a damaged record) and every visible text, every accessible name and every option is
// read. On an Arabic page a run of three or more Latin letters is English that bypassed the
// translation files (a developer writing `<button>Export</button>`, a label built from an id, a
// message left untranslated), unless it is the user's own data or a word the Arabic file itself
// writes in Latin letters (ALLOWED below); on an English page any Arabic word is out of place.
import { readFileSync } from 'node:fs';
import { protectText } from '../src/lib/files/protect';
import { LANGS, openResults, text, type Lang } from './example-results';
import { expect, test, type Page } from './fixtures';
import { hydrated, openHome } from './helpers';
import { importOntoExample, json, responseFiles } from './workshop-files';
import { WORKSHOP_URL } from './workshop-server';

/**
 * Latin words an Arabic page may show, each for a reason; every one is written so in ar.json or in
 * the model's Arabic texts (data/).
 */
const ALLOWED: Record<string, string> = {
  RACI: 'the method the matrix is named after; the Arabic text keeps the acronym',
  SMS: 'a channel known by its Latin acronym',
  IVR: 'the automated phone menu, known by its Latin acronym (a question of the model)',
  JSON: 'the file format the tool reads and writes',
  PDF: 'the file format of the report («تقرير PDF»): a name readers know in Latin letters',
  json: 'the extension of those files',
  Enter: 'the name printed on a key',
  Escape: 'the name printed on a key',
  Home: 'the name printed on a key',
  End: 'the name printed on a key',
  Delete: 'the name printed on a key',
  Tab: 'the name printed on a key',
};

/**
 * Words of the other language: on an Arabic page a run of Latin letters long enough to be a word
 * rather than a RACI letter or a unit; on an English page any Arabic letters.
 */
const FOREIGN: Record<Lang, RegExp> = { ar: /[A-Za-z]{3,}/g, en: /\p{Script=Arabic}+/gu };
const OTHER: Record<Lang, Lang> = { ar: 'en', en: 'ar' };
/** The example each language opens: one whose data is written in that language. */
const EXAMPLE = { ar: 'gulf-islamic-bank', en: 'bank-fragmented' } as const;
/** A file name (an export's, made from the organisation's name): shown as the file is called. */
const FILE_NAME = /[\w-]+(?:\.[\w-]+)*\.(?:json|csv|pdf)\b/g;

/**
 * The user's own words stored in this browser (organisation and team names, notes, participants
 * and roles, the records' ids), and the names of files handed to the page: shown as typed.
 */
async function userData(page: Page, files: readonly string[]): Promise<string[]> {
  const keys = await page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('ccm:assessment:')),
  );
  const stored = await page.evaluate(
    (keys) => keys.map((key) => localStorage.getItem(key) ?? ''),
    keys,
  );
  // A record's id names it where its contents cannot (a damaged record).
  const words = new Set([...files, ...keys.map((key) => key.slice('ccm:assessment:'.length))]);
  for (const raw of stored) {
    try {
      const record = JSON.parse(raw) as {
        assessment?: {
          organisation?: { name?: string };
          teams?: { name?: string }[];
          notes?: Record<string, string>;
          responses?: { participant?: string; name?: string; role?: string }[];
        };
      };
      const a = record.assessment;
      for (const value of [
        a?.organisation?.name,
        ...(a?.teams ?? []).map((t) => t.name),
        ...Object.values(a?.notes ?? {}),
        ...(a?.responses ?? []).flatMap((r) => [r.participant, r.name, r.role]),
      ])
        if (value) words.add(value);
    } catch {
      // A damaged record shows none of its words.
    }
  }
  // Longest first, so a name is taken out whole before a shorter one inside it.
  return [...words].sort((a, b) => b.length - a.length);
}

/**
 * Every text a reader or a screen reader meets on the page now, with where it is: visible text
 * nodes (text hidden for screen readers only included), accessible names and descriptions given in
 * attributes, options of selects, and the title. Text marked as the other language is so on
 * purpose (the link to the other page names its language in that language).
 */
async function shownTexts(page: Page, other: Lang): Promise<{ where: string; text: string }[]> {
  return page.evaluate((other) => {
    const out: { where: string; text: string }[] = [];
    const describe = (el: Element): string => {
      const section = el.closest('section[id], dialog, header, footer, main');
      const place = section
        ? `${section.tagName.toLowerCase()}${section.id ? `#${section.id}` : ''} `
        : '';
      const cls = [...el.classList].filter((c) => !c.startsWith('svelte-')).join('.');
      return `${place}${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}`;
    };
    const marked = (el: Element): boolean => el.closest('[lang]')?.getAttribute('lang') === other;
    const shown = (el: Element): boolean =>
      el.checkVisibility({ visibilityProperty: true }) || !!el.closest('option, optgroup');
    out.push({ where: 'title', text: document.title });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('script, style, template, noscript') || marked(el) || !shown(el))
        continue;
      if (node.textContent?.trim()) out.push({ where: describe(el), text: node.textContent });
    }
    const NAMED = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext'];
    const SHOWN = ['title', 'alt', 'placeholder', 'label'];
    for (const el of document.body.querySelectorAll('*')) {
      if (marked(el)) continue;
      for (const attribute of [...NAMED, ...SHOWN]) {
        const value = el.getAttribute(attribute);
        if (!value?.trim()) continue;
        // A name counts where the element does: shown, or read out while the rest is shown.
        if (!shown(el) && !el.closest('[role="grid"], svg')) continue;
        out.push({ where: `${describe(el)}[${attribute}]`, text: value });
      }
    }
    return out;
  }, other);
}

/** The other language's words on the page that are neither data nor allowed, with where they are. */
async function untranslated(page: Page, lang: Lang, files: readonly string[]): Promise<string[]> {
  const data = await userData(page, files);
  const found = new Set<string>();
  for (const { where, text } of await shownTexts(page, OTHER[lang])) {
    let rest = text.replace(FILE_NAME, ' ');
    for (const value of data) rest = rest.split(value).join(' ');
    for (const [word] of rest.matchAll(FOREIGN[lang]))
      if (lang === 'en' || !(word in ALLOWED))
        found.add(`${where}: "${word}" in «${text.trim().slice(0, 90)}»`);
  }
  return [...found];
}

/** Checks the page in its state now (soft: every state of a walk is reported). */
async function expectTranslated(
  page: Page,
  lang: Lang,
  state: string,
  files: readonly string[] = [],
): Promise<void> {
  expect
    .soft(await untranslated(page, lang, files), `${state}: words not from ${lang}.json`)
    .toEqual([]);
}

const button = (page: Page, lang: Lang, key: string, exact = true) =>
  page.getByRole('button', { name: text(lang, key), exact });

for (const lang of LANGS) {
  test(`the start page, the questionnaire and the dialogs use only ${lang}.json (${lang})`, async ({
    page,
  }) => {
    await openHome(page, lang);
    await expectTranslated(page, lang, 'start page, nothing saved');

    // An import refused: the problem is described in Arabic, the file name kept as it was given.
    const bank = readFileSync('examples/bank-fragmented.json', 'utf8');
    await page
      .locator('#import-file')
      .setInputFiles([
        { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{') },
      ]);
    await expect(page.getByRole('alert')).toBeVisible();
    await expectTranslated(page, lang, 'import refused', ['broken.json']);

    // A protected file asks for its passphrase; a wrong one is refused.
    await page.locator('#import-file').setInputFiles([
      {
        name: 'p.json',
        mimeType: 'application/json',
        buffer: Buffer.from(await protectText(bank, 'pw')),
      },
    ]);
    const passphrase = page.getByRole('dialog');
    await expect(passphrase.getByRole('textbox')).toBeFocused();
    await page.keyboard.type('wrong');
    await page.keyboard.press('Enter');
    await expect(passphrase.getByRole('alert')).not.toBeEmpty();
    await expectTranslated(page, lang, 'passphrase dialog', ['p.json']);
    await page.keyboard.press('Escape');
    await expect(passphrase).toHaveCount(0);

    // Two copies of one assessment: the second asks what to do.
    const upload = (name: string) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(bank),
    });
    await page.locator('#import-file').setInputFiles([upload('a.json'), upload('b.json')]);
    const conflict = page.getByRole('dialog');
    await expect(conflict.getByRole('button').first()).toBeFocused();
    await expectTranslated(page, lang, 'import conflict dialog', ['a.json', 'b.json']);
    await page.keyboard.press('Enter');
    await expect(conflict).toHaveCount(0);

    // The start page with saved assessments, the export dialog and the delete confirmation.
    await openHome(page, lang);
    await expect(page.locator('.item').first()).toBeVisible();
    await expectTranslated(page, lang, 'start page with saved assessments');
    await button(page, lang, 'export.button').first().click();
    const exporting = page.getByRole('dialog');
    await expect(exporting).toBeVisible();
    await exporting.getByLabel(text(lang, 'export.passphrase'), { exact: true }).fill('short');
    await exporting.getByLabel(text(lang, 'export.passphrase'), { exact: true }).press('Enter');
    await expect(exporting.getByRole('alert')).not.toBeEmpty();
    await expectTranslated(page, lang, 'export dialog with a problem');
    await page.keyboard.press('Escape');
    await expect(exporting).toBeHidden();
    await button(page, lang, 'home.delete').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectTranslated(page, lang, 'delete confirmation');
    await page.keyboard.press('Escape');

    // Every step of the questionnaire of a new assessment, then of a filled one.
    await button(page, lang, 'home.new', false).first().click();
    await page.waitForURL(/\/assess\/\?new/);
    await hydrated(page);
    await expectTranslated(page, lang, 'new assessment, profile step');
    const id = await openResults(page, lang, EXAMPLE[lang]);
    const steps = ['profile', 'teams', 'summary'];
    const url = `/${lang}/assess/?id=${id}`;
    await page.goto(url);
    await hydrated(page);
    // The section list shows once the record is read: count its buttons after the first shows.
    const list = page.getByRole('navigation', { name: text(lang, 'wizard.sections') });
    await expect(list.getByRole('button').first()).toBeVisible();
    const sections = await list.getByRole('button').count();
    for (const step of steps) {
      await page.goto(`${url}#step=${step}`);
      await hydrated(page);
      await expect(page.locator('#step-title')).toBeVisible();
      await expectTranslated(page, lang, `questionnaire, ${step} step`);
    }
    // The sections of questions and of the RACI, reached as a user does, by the section list.
    expect(sections, 'the questionnaire lists its sections').toBeGreaterThan(4);
    for (let i = 0; i < sections; i++) {
      const nav = page.getByRole('navigation', { name: text(lang, 'wizard.sections') });
      await nav.getByRole('button').nth(i).click();
      await expect(page.locator('#step-title')).toBeVisible();
      await expectTranslated(page, lang, `questionnaire, section ${i + 1}`);
    }

    // A damaged record and an address naming no record.
    await page.evaluate(() =>
      localStorage.setItem('ccm:assessment:broken', '{"storageVersion": 1'),
    );
    for (const address of [`/${lang}/results/?id=broken`, `/${lang}/assess/?id=missing`]) {
      await page.goto(address);
      await hydrated(page);
      await expect(page.getByRole('heading').first()).toBeVisible();
      await expectTranslated(page, lang, address);
    }
  });

  test(`every results section, as chart and as table, and the what-if use only ${lang}.json (${lang})`, async ({
    page,
  }) => {
    await openResults(page, lang, EXAMPLE[lang]);
    await expectTranslated(page, lang, 'results');

    // The matrix in edit mode, a cell's explanation, a what-if edit and its bar.
    await button(page, lang, 'results.raci.editInMatrix').click();
    const cell = page.locator('#raci svg.matrix [role="gridcell"]:not([aria-readonly])').first();
    await cell.focus();
    await expectTranslated(page, lang, 'matrix cell explained');
    await page.keyboard.press('a');
    await expect(page.locator('[data-sandbox-bar]')).toBeVisible();
    await expectTranslated(page, lang, 'after a what-if edit');
    await page.keyboard.press('Enter');
    await expect(page.locator('#raci [role="group"]')).toBeVisible();
    await expectTranslated(page, lang, 'matrix letter editor');
    await page.keyboard.press('Escape');

    // The heatmap's drivers of a cell.
    const heat = page.locator('#heatmap [role="gridcell"] [role="button"]').first();
    await heat.scrollIntoViewIfNeeded();
    await heat.click();
    await expect(page.locator('#heatmap section.drivers')).toBeVisible();
    await expectTranslated(page, lang, 'heatmap drivers');

    // Each chart as its table.
    const toggles = page.getByRole('button', { name: text(lang, 'chart.showTable') });
    const charts = await toggles.count();
    expect(charts, 'the results page shows several charts').toBeGreaterThan(2);
    for (let n = charts; n > 0; n--) await toggles.first().click();
    await expect(page.getByRole('button', { name: text(lang, 'chart.showChart') })).toHaveCount(
      charts,
    );
    await expectTranslated(page, lang, 'results as tables');
  });

  test(`the workshop pages use only ${lang}.json (${lang})`, async ({ page, browser }) => {
    test.setTimeout(120_000);
    const example = JSON.parse(readFileSync(`examples/${EXAMPLE[lang]}.json`, 'utf8')) as {
      organisation: { name: string };
      teams: { id: string; name: string }[];
    };
    const data = [example.organisation.name, ...example.teams.map((team) => team.name)];

    // The facilitator's plan, a dimension's questions open, and the static site's refusal.
    await page.goto(`/${lang}/workshop/`);
    await hydrated(page);
    await page.getByRole('combobox').selectOption(`example:${EXAMPLE[lang]}`);
    await page.locator('details summary').first().click();
    await expectTranslated(page, lang, 'workshop plan', data);
    await button(page, lang, 'workshop.setup.create').click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectTranslated(page, lang, 'workshop plan without a server', data);

    // A participant with a workshop file asking all four letters: the join form, an activity, a question.
    await page.goto(`/${lang}/join/`);
    await hydrated(page);
    await expectTranslated(page, lang, 'join page');
    const file = JSON.stringify({ ...example, workshop: { letters: 'raci' } });
    await page
      .getByLabel(text(lang, 'workshop.file.open'), { exact: true })
      .setInputFiles({ name: 'w.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect(button(page, lang, 'workshop.join.start')).toBeVisible();
    await expectTranslated(page, lang, 'join form', data);
    await button(page, lang, 'workshop.join.start').click();
    await expectTranslated(page, lang, 'an activity, all four letters', data);
    await page.getByRole('button', { name: text(lang, 'workshop.dontKnow'), exact: true }).click();
    const next = button(page, lang, 'workshop.answer.next');
    while (
      (await page.locator('.answering fieldset .choice').count()) < 6 &&
      (await next.isEnabled())
    )
      await next.click();
    await expectTranslated(page, lang, 'a maturity question', data);

    // The live view on the workshop server, answers revealed.
    const created = await page.request.post(`${WORKSHOP_URL}/api/workshops`, {
      data: { ...example, responses: undefined, workshop: {} },
    });
    const workshop = (await created.json()) as {
      id: string;
      code: string;
      facilitatorSecret: string;
      joinUrl: string;
    };
    const live = await browser.newPage({ locale: lang === 'ar' ? 'ar-SA' : 'en-GB' });
    await live.goto(`${WORKSHOP_URL}/${lang}/workshop/`);
    await live.evaluate((entry) => localStorage.setItem('ccm:workshops', JSON.stringify([entry])), {
      ...workshop,
      createdAt: new Date().toISOString(),
      title: example.organisation.name,
    });
    await live.goto(`${WORKSHOP_URL}/${lang}/workshop/live/?id=${workshop.id}`);
    await hydrated(live);
    await expect(live.getByTestId('joined')).toBeVisible();
    await expectTranslated(live, lang, 'live view, overview', [
      ...data,
      workshop.code,
      workshop.joinUrl,
    ]);
    await button(live, lang, 'workshop.live.reveal').click();
    await button(live, lang, 'workshop.live.next').click();
    await expectTranslated(live, lang, 'live view, an activity revealed', [
      ...data,
      workshop.code,
      workshop.joinUrl,
    ]);
    await live.close();
  });
}

for (const lang of LANGS)
  test(`the workshop consensus page, its import, divergence and walk use only ${lang}.json (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/workshop/consensus/`);
    await hydrated(page);
    await expectTranslated(page, lang, 'consensus page, nothing imported');
    await importOntoExample(page, text(lang, 'workshop.consensus.target'), responseFiles);
    const names = responseFiles.map((f) => f.name);
    await expect(page.locator('[data-walk] h3')).toBeVisible();
    await page.locator('[data-walk] input[type="checkbox"]').first().check();
    await page.locator('[data-walk] input[type="checkbox"]').nth(1).check();
    await expectTranslated(page, lang, 'divergence and the walk with R, C and I', names);
    await page.locator('#response-files').setInputFiles([json('broken.json', '{')]);
    await expect(page.locator('[data-outcome="refused"]')).toBeVisible();
    await expectTranslated(page, lang, 'a response file refused', ['broken.json']);
    for (const key of ['workshop.consensus.walk.next', 'workshop.consensus.walk.next']) {
      await page.getByRole('button', { name: text(lang, key) }).click();
    }
    await page.getByRole('button', { name: text(lang, 'workshop.consensus.save') }).click();
    await expectTranslated(page, lang, 'a divided question, saved', names);
  });

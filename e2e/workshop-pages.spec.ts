// The workshop pages against the real workshop server: a facilitator plans a workshop and runs
// the live view on the projector, five participants answer on phones (separate browser contexts),
// in both languages. What the room sees before and after a reveal, answers that survive a reload
// and a network loss, the presenter's keyboard, and a secret that never reaches a phone.
import { readFileSync } from 'node:fs';
import { DEFAULT_SETTINGS, formatNumber } from '../src/i18n/format';
import { LANGS, filled, text, type Lang } from './example-results';
import { expect, test, type BrowserContext, type Page } from './fixtures';
import { expectNoSeriousViolations, hydrated, storedRecord } from './helpers';
import { WORKSHOP_URL } from './workshop-server';

/** The example each language's facilitator starts from. */
const EXAMPLE = { en: 'bank-fragmented', ar: 'gulf-islamic-bank' } as const;
const LOCALE = { en: 'en-GB', ar: 'ar-SA' } as const;
const PHONE = { width: 390, height: 844 };

function teamsOf(lang: Lang): { id: string; name: string }[] {
  return (
    JSON.parse(readFileSync(`examples/${EXAMPLE[lang]}.json`, 'utf8')) as {
      teams: { id: string; name: string }[];
    }
  ).teams;
}

/** Plans a workshop on the facilitator's page and opens its live view; returns the join code. */
async function runWorkshop(page: Page, lang: Lang, anonymous = false): Promise<string> {
  await page.goto(`${WORKSHOP_URL}/${lang}/workshop/`);
  await hydrated(page);
  await page.getByRole('combobox').selectOption(`example:${EXAMPLE[lang]}`);
  if (anonymous) await page.getByLabel(text(lang, 'workshop.plan.anonymous')).check();
  await page.getByRole('button', { name: text(lang, 'workshop.setup.create') }).click();
  const code = (await page.getByTestId('join-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[A-Z0-9]{4,}$/);
  await page.getByRole('link', { name: text(lang, 'workshop.setup.openLive') }).click();
  await page.waitForURL(/\/workshop\/live\/\?id=/);
  await hydrated(page);
  await expect(page.getByTestId('joined')).toBeVisible();
  // The header names the quarter in the page's words, not as stored ("2026-Q3").
  const title = page.locator('.room-title');
  await expect(title).toContainText(lang === 'ar' ? 'الربع' : /Q[1-4] \d{4}/);
  await expect(title).not.toContainText(/\d{4}-Q\d/);
  return code;
}

/** A phone joining by the join link (the root page picks the language); returns its page. */
async function joinByPhone(
  context: BrowserContext,
  lang: Lang,
  code: string,
  team: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${WORKSHOP_URL}/join/?code=${code}`);
  await page.waitForURL(new RegExp(`/${lang}/join/\\?code=${code}`));
  await hydrated(page);
  await page.getByLabel(text(lang, 'workshop.join.team')).selectOption(team);
  await page.getByLabel(text(lang, 'workshop.join.role')).selectOption('staff');
  await page.getByRole('button', { name: text(lang, 'workshop.join.start') }).click();
  await expect(page.locator('.status[data-state]')).toBeVisible();
  return page;
}

async function phones(browser: import('@playwright/test').Browser, lang: Lang, n: number) {
  return Promise.all(
    Array.from({ length: n }, () => browser.newContext({ locale: LOCALE[lang], viewport: PHONE })),
  );
}

/** Moves the live view forward by keyboard, the way the page reads. */
async function nextItem(page: Page, lang: Lang): Promise<void> {
  await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
}

for (const lang of LANGS) {
  test(`five phones split 2/2/1 on an activity: agreement 0.4 and a perception gap, hidden until revealed (${lang})`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(150_000);
    const teams = teamsOf(lang);
    const code = await runWorkshop(page, lang);
    const contexts = await phones(browser, lang, 5);
    const secret = await page.evaluate(
      () =>
        (
          JSON.parse(localStorage.getItem('ccm:workshops') ?? '[]') as {
            facilitatorSecret: string;
          }[]
        )[0]?.facilitatorSecret ?? '',
    );
    expect(secret.length).toBeGreaterThan(10);
    const traffic: string[] = [];
    for (const context of contexts) {
      context.on('request', (r) =>
        traffic.push(`${r.url()} ${JSON.stringify(r.headers())} ${r.postData() ?? ''}`),
      );
      context.on('response', async (r) => {
        if (r.url().includes('/api/') && !r.url().endsWith('/events'))
          traffic.push(await r.text().catch(() => ''));
      });
    }
    const split = [teams[0]!, teams[0]!, teams[1]!, teams[1]!, teams[2]!];
    const phonesPages = await Promise.all(
      contexts.map((c, i) => joinByPhone(c, lang, code, split[i]!.id)),
    );
    for (const [i, phone] of phonesPages.entries()) {
      await phone.getByRole('button', { name: split[i]!.name, exact: true }).click();
      await expect(phone.locator('.status[data-state="saved"]')).toBeVisible();
    }
    await expect(page.getByTestId('joined')).toContainText(formatNumber(lang, 5));

    // Before the reveal: the projector and the phones show no distribution.
    await page.locator('body').focus();
    await nextItem(page, lang);
    await expect(page.getByTestId('hidden')).toBeVisible();
    await expect(page.getByTestId('agreement')).toHaveCount(0);
    await phonesPages[0]!
      .getByRole('button', { name: text(lang, 'workshop.answer.previous') })
      .click();
    await expect(phonesPages[0]!.getByText(text(lang, 'workshop.answer.room'))).toHaveCount(0);

    await page.getByRole('button', { name: text(lang, 'workshop.live.reveal') }).click();
    const agreement = filled(lang, 'workshop.live.agreement', {
      agreement: formatNumber(lang, 0.4),
    });
    await expect(page.getByTestId('agreement')).toHaveText(agreement);
    await expect(page.getByTestId('perception-gap')).toBeVisible();
    await expect(page.getByRole('table').first()).toContainText(teams[1]!.name);
    // The phone sees the room's aggregate after the reveal (it polls, then follows the stream).
    await expect(phonesPages[0]!.getByText(text(lang, 'workshop.answer.room'))).toBeVisible({
      timeout: 15_000,
    });
    await expect(phonesPages[0]!.getByText(agreement)).toBeVisible();

    // Hide again: the projector hides the distribution.
    await page.getByRole('button', { name: text(lang, 'workshop.live.hide') }).click();
    await expect(page.getByTestId('hidden')).toBeVisible();

    // The secret never reached a phone: not in its HTML, its storage or its traffic.
    for (const phone of phonesPages) {
      expect(await phone.content()).not.toContain(secret);
      const stored = await phone.evaluate(() => JSON.stringify({ ...localStorage }));
      expect(stored).not.toContain(secret);
    }
    expect(traffic.join('\n')).not.toContain(secret);
    await Promise.all(contexts.map((c) => c.close()));

    // Close answering and agree the consensus: the room's answers open on the consensus page,
    // the split activity first, and are saved as an assessment the results open.
    await page.getByRole('button', { name: text(lang, 'workshop.live.close') }).click();
    await page.getByRole('button', { name: text(lang, 'workshop.live.agree') }).click();
    await page.waitForURL(/\/workshop\/consensus\/\?id=/);
    await hydrated(page);
    const id = new URL(page.url()).searchParams.get('id') ?? '';
    const first = page.locator('[data-agreement] tbody tr').first();
    await expect(first.locator('[data-share]')).toHaveText(
      formatNumber(lang, 0.4, DEFAULT_SETTINGS, { maximumFractionDigits: 2 }),
    );
    const activity = (await first.getAttribute('data-activity')) ?? '';
    const walk = page.locator('[data-walk]');
    const owner = walk.getByRole('checkbox', {
      name: filled(lang, 'workshop.consensus.walk.cell', {
        team: teams[0]!.name,
        letter: text(lang, 'workshop.consensus.letter.A'),
      }),
    });
    await expect(owner).not.toBeChecked();
    await owner.check();
    await walk.getByRole('button', { name: text(lang, 'workshop.consensus.save') }).click();
    await expect(walk.getByRole('status')).toBeVisible();
    const stored = await storedRecord(page, id);
    const agreed = stored.assessment.raci[activity] as Record<string, string>;
    expect(Object.keys(agreed).filter((team) => agreed[team]?.includes('A'))).toEqual([
      teams[0]!.id,
    ]);
    const responses = await page.evaluate(
      (key) =>
        (JSON.parse(localStorage.getItem(key) ?? '{}') as { assessment: { responses: unknown[] } })
          .assessment.responses.length,
      `ccm:assessment:${id}`,
    );
    expect(responses).toBe(5);
    await walk.getByRole('link', { name: text(lang, 'workshop.consensus.results') }).click();
    await page.waitForURL(/\/results\/\?id=/);
    await hydrated(page);
    await expect(page.locator('#overview-title')).toBeVisible();
  });
}

test('a phone keeps its answers across a reload, and queues them while offline', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const lang = 'en';
  const teams = teamsOf(lang);
  const code = await runWorkshop(page, lang);
  const [context] = await phones(browser, lang, 1);
  const phone = await joinByPhone(context!, lang, code, teams[0]!.id);
  await phone.getByRole('button', { name: teams[3]!.name, exact: true }).click();
  await expect(phone.locator('.status[data-state="saved"]')).toBeVisible();

  await phone.reload();
  await hydrated(phone);
  await phone.getByRole('button', { name: text(lang, 'workshop.answer.previous') }).click();
  await expect(phone.getByRole('button', { name: teams[3]!.name, exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await phone.getByRole('button', { name: text(lang, 'workshop.answer.next') }).click();

  await context!.setOffline(true);
  await phone.getByRole('button', { name: teams[4]!.name, exact: true }).click();
  await expect(phone.locator('.status[data-state="waiting"]')).toBeVisible();
  await expect(phone.locator('.status')).toHaveText(text(lang, 'workshop.sync.waiting'));
  // Still kept across a reload while offline is not asked here: the queue is in storage.
  const queued = await phone.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? '{}') as { queue: number },
    `ccm:workshop-participant:${code}`,
  );
  expect(queued.queue).toBeGreaterThan(0);
  await context!.setOffline(false);
  await expect(phone.locator('.status[data-state="saved"]')).toBeVisible({ timeout: 40_000 });
  // The projector counts both answers.
  await page.locator('body').focus();
  await nextItem(page, lang);
  await nextItem(page, lang);
  await page.getByRole('button', { name: text(lang, 'workshop.live.reveal') }).click();
  await expect(page.getByRole('table').first()).toContainText(teams[4]!.name);
  await context!.close();
});

test('the live view is run by keyboard alone', async ({ page, browser }) => {
  const lang = 'en';
  const code = await runWorkshop(page, lang);
  const [context] = await phones(browser, lang, 1);
  const phone = await joinByPhone(context!, lang, code, teamsOf(lang)[0]!.id);
  await phone.getByRole('button', { name: teamsOf(lang)[0]!.name, exact: true }).click();
  await page.locator('body').focus();
  await page.keyboard.press('PageDown');
  await expect(
    page
      .getByText(filled(lang, 'workshop.live.item', { n: 2, total: '' }).split(' of')[0]!)
      .first(),
  ).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(page.getByText(text(lang, 'workshop.live.overview'))).toBeVisible();
  // Tab to the reveal button and press it.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (name === text(lang, 'workshop.live.reveal')) break;
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: text(lang, 'workshop.live.hide') })).toBeVisible();
  // Close answering, then the consensus button appears.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: text(lang, 'workshop.live.agree') })).toBeVisible();
  await context!.close();
});

for (const lang of LANGS)
  test(`the workshop pages have no accessibility violations (${lang})`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    await page.goto(`${WORKSHOP_URL}/${lang}/workshop/`);
    await hydrated(page);
    await expectNoSeriousViolations(page, `${lang} workshop plan`);
    const code = await runWorkshop(page, lang);
    await expectNoSeriousViolations(page, `${lang} live view, overview`);
    const [context] = await phones(browser, lang, 1);
    const phone = await context!.newPage();
    await phone.goto(`${WORKSHOP_URL}/${lang}/join/`);
    await hydrated(phone);
    await expectNoSeriousViolations(phone, `${lang} join page, code`);
    await phone.goto(`${WORKSHOP_URL}/${lang}/join/?code=${code}`);
    await hydrated(phone);
    await expect(
      phone.getByRole('button', { name: text(lang, 'workshop.join.start') }),
    ).toBeVisible();
    await expectNoSeriousViolations(phone, `${lang} join page, who`);
    await phone.getByRole('button', { name: text(lang, 'workshop.join.start') }).click();
    await expect(phone.locator('.status[data-state]')).toBeVisible();
    await expectNoSeriousViolations(phone, `${lang} join page, an activity`);
    await phone.getByRole('button', { name: teamsOf(lang)[0]!.name, exact: true }).click();
    await page.locator('body').focus();
    await nextItem(page, lang);
    await page.getByRole('button', { name: text(lang, 'workshop.live.reveal') }).click();
    await expect(page.getByTestId('agreement')).toBeVisible();
    await expectNoSeriousViolations(page, `${lang} live view, revealed activity`);
    await context!.close();
  });

test('without a server the workshop runs by files: the workshop file, answered on a phone, gives a response file with no name', async ({
  page,
  browser,
}) => {
  const lang = 'en';
  // The static site: no workshop server behind it.
  await page.goto(`/${lang}/workshop/`);
  await hydrated(page);
  await page.getByLabel(text(lang, 'workshop.plan.anonymous')).check();
  await page.getByRole('button', { name: text(lang, 'workshop.setup.create') }).click();
  await expect(page.getByRole('alert')).toContainText(text(lang, 'workshop.setup.noServer'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: text(lang, 'workshop.setup.download') }).click(),
  ]);
  const workshopFile = readFileSync((await download.path()) ?? '', 'utf8');
  expect(JSON.parse(workshopFile)).toMatchObject({
    format: 'ccm-assessment',
    workshop: { anonymous: true },
  });

  const [context] = await phones(browser, lang, 1);
  const phone = await context!.newPage();
  await phone.goto(`/${lang}/join/`);
  await hydrated(phone);
  await phone.getByLabel(text(lang, 'workshop.file.open'), { exact: true }).setInputFiles({
    name: 'workshop.json',
    mimeType: 'application/json',
    buffer: Buffer.from(workshopFile),
  });
  await expect(phone.getByLabel(text(lang, 'workshop.join.name'))).toHaveCount(0);
  await phone.getByLabel(text(lang, 'workshop.join.team')).selectOption('it');
  await phone.getByRole('button', { name: text(lang, 'workshop.join.start') }).click();
  const team = teamsOf(lang)[1]!;
  await phone.getByRole('button', { name: team.name, exact: true }).click();
  const [response] = await Promise.all([
    phone.waitForEvent('download'),
    phone.getByRole('button', { name: text(lang, 'workshop.file.download') }).click(),
  ]);
  const responseText = readFileSync((await response.path()) ?? '', 'utf8');
  const saved = JSON.parse(responseText) as {
    format: string;
    response: Record<string, unknown> & { raci: Record<string, unknown> };
  };
  expect(saved.format).toBe('ccm-workshop-response');
  expect(saved.response).not.toHaveProperty('name');
  expect(saved.response.team).toBe('it');
  expect(Object.values(saved.response.raci)).toEqual([{ [team.id]: 'A' }]);
  await context!.close();

  // The facilitator imports the response onto the same assessment on the consensus page.
  const source = await page.getByRole('combobox').inputValue();
  await page.getByRole('link', { name: text(lang, 'workshop.setup.importResponses') }).click();
  await page.waitForURL(/\/workshop\/consensus\/$/);
  await hydrated(page);
  await page.getByLabel(text(lang, 'workshop.consensus.target')).selectOption(source);
  await page.locator('#response-files').setInputFiles({
    name: 'response.json',
    mimeType: 'application/json',
    buffer: Buffer.from(responseText),
  });
  await page.waitForURL(/\?id=/);
  await expect(page.locator('[data-outcome="added"]')).toHaveCount(1);
});

test('in a paced workshop the phones follow the activity the facilitator moves the room to', async ({
  page,
  browser,
}) => {
  const lang = 'en';
  await page.goto(`${WORKSHOP_URL}/${lang}/workshop/`);
  await hydrated(page);
  await page.getByRole('combobox').selectOption(`example:${EXAMPLE[lang]}`);
  await page.getByLabel(text(lang, 'workshop.plan.paced')).check();
  await page.getByRole('button', { name: text(lang, 'workshop.setup.create') }).click();
  const code = (await page.getByTestId('join-code').textContent())?.trim() ?? '';
  await page.getByRole('link', { name: text(lang, 'workshop.setup.openLive') }).click();
  await hydrated(page);
  await expect(page.getByTestId('joined')).toBeVisible();
  const [context] = await phones(browser, lang, 1);
  const phone = await joinByPhone(context!, lang, code, teamsOf(lang)[0]!.id);
  // No activity is current yet: the phone answers the maturity questions.
  await expect(phone.locator('.answering fieldset .choice')).toHaveCount(6);
  await page.locator('body').focus();
  await nextItem(page, lang);
  const first = (await page.locator('.slide h2').textContent())?.trim() ?? '';
  await expect(phone.getByText(first)).toBeVisible({ timeout: 10_000 });
  await expect(phone.getByText(text(lang, 'workshop.answer.pacedNote'))).toBeVisible();
  await nextItem(page, lang);
  const second = (await page.locator('.slide h2').textContent())?.trim() ?? '';
  expect(second).not.toBe(first);
  await expect(phone.getByText(second)).toBeVisible({ timeout: 10_000 });
  await context!.close();
});

test('no workshop page scrolls sideways on a phone, in either language', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const overflow = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  const example = JSON.parse(readFileSync('examples/bank-fragmented.json', 'utf8')) as object;
  for (const lang of LANGS) {
    // A workshop each: a phone that joined once goes straight to its answers.
    const created = await page.request.post(`${WORKSHOP_URL}/api/workshops`, {
      data: { ...example, responses: undefined, workshop: {} },
    });
    const { code } = (await created.json()) as { code: string };
    for (const path of ['workshop/', 'workshop/consensus/', 'join/', `join/?code=${code}`]) {
      await page.goto(`${WORKSHOP_URL}/${lang}/${path}`);
      await hydrated(page);
      expect(await overflow(), `${lang} ${path}`).toBeLessThanOrEqual(0);
    }
    await page.getByRole('button', { name: text(lang, 'workshop.join.start') }).click();
    await expect(page.locator('.status[data-state]')).toBeVisible();
    expect(await overflow(), `${lang} answering`).toBeLessThanOrEqual(0);
  }
  await context.close();
});

import { expect, test, type Download, type Page } from './fixtures';
import { readFileSync } from 'node:fs';
import { hydrated, saved } from './helpers';
import { filled, LANGS, openExample, text } from './example-results';

const PREFIX = 'ccm:assessment:';

/** Fills the browser's storage with junk until it refuses even one more character. */
async function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let size = 1 << 20;
    let n = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`junk:${n}`, 'x'.repeat(size));
        n += 1;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return n;
  });
}

async function downloaded(download: Download): Promise<string> {
  return readFileSync((await download.path()) ?? '', 'utf8');
}

/** Makes the page's storage throw as a browser that blocks site data does. */
async function blockStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}

for (const lang of LANGS) {
  test(`with storage full the questionnaire offers the download and room to free, then saves (${lang})`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const other = await openExample(page, lang, 'government-agency');
    await page.goto(`/${lang}/`);
    await hydrated(page);
    await page.getByRole('button', { name: text(lang, 'home.new'), exact: true }).click();
    await page.waitForURL(/\/assess\/\?new/);
    await hydrated(page);
    await page.getByLabel(text(lang, 'profile.name')).fill('Banque du Sud');
    await page.waitForURL(/\/assess\/\?id=/);
    await saved(page);
    const id = new URL(page.url()).searchParams.get('id') ?? '';
    // Opened afresh, as the storage is filled in a later visit.
    await page.reload();
    await hydrated(page);
    await page.evaluate((key) => localStorage.setItem(key, '{"broken"'), `${PREFIX}damaged`);
    const before = await page.evaluate((key) => localStorage.getItem(key), PREFIX + id);
    await fillStorage(page);

    await page.getByLabel(text(lang, 'profile.name')).fill('Banque du Sud — full storage');
    const panel = page.locator('[data-storage-full]');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
      text(lang, 'storage.full.title'),
    );
    await expect(page.locator('.save[data-state="error"]')).toContainText(
      text(lang, 'storage.quota'),
    );
    expect(await page.evaluate((key) => localStorage.getItem(key), PREFIX + id)).toBe(before);

    const wait = page.waitForEvent('download');
    await panel.getByRole('button', { name: text(lang, 'storage.download') }).click();
    const file = await wait;
    expect(file.suggestedFilename()).toMatch(/^ccm-banque-du-sud-full-storage-\d{4}-Q[1-4]\.json$/);
    const content = JSON.parse(await downloaded(file));
    expect(content.format).toBe('ccm-assessment');
    expect(content.organisation.name).toBe('Banque du Sud — full storage');

    // The other assessment and the damaged entry are listed with their size; delete the example.
    await expect(panel.getByRole('listitem')).toHaveCount(2);
    await expect(panel).toContainText(filled(lang, 'storage.full.damaged', { id: 'damaged' }));
    const name = text(lang, 'example.government-agency.name');
    const exampleName = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? '{}').assessment.organisation.name,
      PREFIX + other,
    );
    await panel
      .getByRole('button', {
        name: filled(lang, 'storage.full.deleteLabel', { name: exampleName }),
      })
      .click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: text(lang, 'home.confirmDelete.confirm') })
      .click();
    await saved(page);
    await expect(panel).toHaveCount(0);
    const stored = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? '{}'),
      PREFIX + id,
    );
    expect(stored.assessment.organisation.name).toBe('Banque du Sud — full storage');
    expect(await page.evaluate((key) => localStorage.getItem(key), `${PREFIX}damaged`)).toBe(
      '{"broken"',
    );
    expect(name).not.toBe('');
    expect(errors).toEqual([]);
  });
}

test('leaving while a change could not be saved asks first', async ({ page }) => {
  await page.goto('/en/');
  await hydrated(page);
  await page.getByRole('button', { name: text('en', 'home.new'), exact: true }).click();
  await page.waitForURL(/\/assess\/\?new/);
  await hydrated(page);
  await fillStorage(page);
  // A click first: browsers ask before leaving only a page the user has interacted with.
  await page.getByLabel(text('en', 'profile.name')).click();
  await page.getByLabel(text('en', 'profile.name')).fill('Unsaved');
  await expect(page.locator('.save[data-state="error"]')).toBeVisible();
  let asked = '';
  page.on('dialog', (dialog) => {
    asked = dialog.type();
    void dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe('beforeunload');
});

test('a new assessment can be filled in before the store has loaded; its first change waits and is then saved', async ({
  page,
}) => {
  // The store, with the schemas and migrations it checks every write with, loads after a new
  // assessment shows: hold it back to see the page work without it.
  let release = (): void => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/store-later\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/en/');
  await hydrated(page);
  await page.getByRole('button', { name: text('en', 'home.new'), exact: true }).click();
  await page.waitForURL(/\/assess\/\?new/);
  await hydrated(page);
  await page.getByLabel(text('en', 'profile.name')).fill('Gulf Bank');
  // Autosave writes within 800 ms of a change: past that, the change is still waiting.
  await page.waitForTimeout(1500);
  await expect(page.locator('.save[data-state="pending"]')).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.filter((key) => key.startsWith(PREFIX))).toEqual([]);
  release();
  await saved(page);
  await page.waitForURL(/\/assess\/\?id=/);
  const id = new URL(page.url()).searchParams.get('id') ?? '';
  const stored = await page.evaluate((key) => localStorage.getItem(key), PREFIX + id);
  expect(JSON.parse(stored ?? 'null')).toMatchObject({
    assessment: { organisation: { name: 'Gulf Bank' } },
  });
});

for (const lang of LANGS) {
  test(`with storage blocked the start page says so, and a new assessment works in memory with a download (${lang})`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await blockStorage(page);
    await page.goto(`/${lang}/`);
    await hydrated(page);
    await expect(page.locator('[data-storage-blocked]')).toContainText(
      text(lang, 'storage.blocked.home'),
    );

    await page.getByRole('button', { name: text(lang, 'home.new'), exact: true }).click();
    await page.waitForURL(/\/assess\/\?new/);
    await hydrated(page);
    await expect(page.locator('[data-memory]')).toContainText(
      text(lang, 'storage.blocked.session'),
    );
    await expect(page.locator('.save')).toHaveText(text(lang, 'storage.blocked.status'));
    await page.getByLabel(text(lang, 'profile.name')).fill('Société Générale');

    const wait = page.waitForEvent('download');
    await page.getByRole('button', { name: text(lang, 'storage.download') }).click();
    const file = await wait;
    expect(file.suggestedFilename()).toMatch(/^ccm-societe-generale-\d{4}-Q[1-4]\.json$/);
    expect(JSON.parse(await downloaded(file)).organisation.name).toBe('Société Générale');
    expect(errors).toEqual([]);
  });
}

test('with storage blocked an example opens in memory, and the results page says why it cannot show', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await blockStorage(page);
  await page.goto('/ar/');
  await hydrated(page);
  const label = `${text('ar', 'home.examples.load')}: ${text('ar', 'example.bank-fragmented.name')}`;
  await page.getByRole('button', { name: label, exact: true }).click();
  await page.waitForURL(/\/assess\/\?example=bank-fragmented/);
  await hydrated(page);
  await expect(page.locator('[data-memory]')).toBeVisible();
  const example = JSON.parse(readFileSync('examples/bank-fragmented.json', 'utf8'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(example.organisation.name);

  await page.goto('/ar/results/?id=a-anything');
  await hydrated(page);
  await expect(page.getByRole('alert')).toHaveText(text('ar', 'storage.blocked.results'));
  await page.goto('/en/assess/?id=a-anything');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    text('en', 'storage.blocked.title'),
  );
  expect(errors).toEqual([]);
});

test('storage that refuses writes with a SecurityError is reported as blocked, and nothing saved is lost', async ({
  page,
}) => {
  const id = await openExample(page, 'en', 'telecom-controlled');
  const before = await page.evaluate((key) => localStorage.getItem(key), PREFIX + id);
  await page.goto(`/en/assess/?id=${id}#step=profile`);
  await hydrated(page);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await page.getByLabel(text('en', 'profile.name')).fill('Changed');
  await expect(page.locator('.save[data-state="error"]')).toContainText(
    text('en', 'storage.unavailable'),
  );
  expect(await page.evaluate((key) => localStorage.getItem(key), PREFIX + id)).toBe(before);
});

for (const lang of LANGS) {
  test(`damaged entries, one with another assessment's id, can be deleted from the start page alone (${lang})`, async ({
    page,
  }) => {
    const id = await openExample(page, lang, 'bank-fragmented');
    const good = await page.evaluate((key) => localStorage.getItem(key) ?? '', PREFIX + id);
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key ?? '', value ?? ''),
      [`${PREFIX}misplaced`, good],
    );
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key ?? '', value ?? ''),
      [`${PREFIX}future`, JSON.stringify({ ...JSON.parse(good), id: 'future', storageVersion: 2 })],
    );
    await page.goto(`/${lang}/`);
    await hydrated(page);
    const damaged = page.getByRole('group').filter({ hasText: text(lang, 'home.damaged.title') });
    await expect(damaged).toHaveCount(2);
    await expect(page.getByRole('link', { name: text(lang, 'home.open') })).toHaveCount(1);
    // The newer tool's entry says to update the tool, not which schema value is not allowed.
    const update = filled(lang, 'problem.storage-too-new', { found: 2, supported: 1 });
    await expect(damaged.filter({ hasText: update })).toHaveCount(1);

    const misplaced = damaged.filter({ hasText: 'misplaced' });
    await misplaced.getByRole('button', { name: text(lang, 'home.damaged.delete') }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(text(lang, 'home.damaged.confirmDelete.title'));
    await dialog.getByRole('button', { name: text(lang, 'home.confirmDelete.confirm') }).click();
    await expect(damaged).toHaveCount(1);
    expect(
      await page.evaluate((key) => localStorage.getItem(key), `${PREFIX}misplaced`),
    ).toBeNull();
    expect(await page.evaluate((key) => localStorage.getItem(key), PREFIX + id)).toBe(good);
  });
}

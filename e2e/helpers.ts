import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Waits until every island on the page has hydrated (server HTML is clickable before that). */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/**
 * Waits until the page has finished building what it builds in idle time (the results page builds
 * a section a task): two idle periods in a row in which nothing on the page changed.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    let changes = 0;
    const observer = new MutationObserver(() => (changes += 1));
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    const idle = (): Promise<unknown> =>
      new Promise((done) => requestIdleCallback(done, { timeout: 2000 }));
    for (let quiet = 0; quiet < 2;) {
      const before = changes;
      await idle();
      // An idle period can come between a frame's layout and the observer's report.
      await new Promise((frame) => requestAnimationFrame(frame));
      quiet = changes === before ? quiet + 1 : 0;
    }
    observer.disconnect();
  });
}

/** Opens the start page in a language with empty storage. */
export async function openHome(page: Page, lang: 'en' | 'ar'): Promise<void> {
  await page.goto(`/${lang}/`);
  await hydrated(page);
}

/** Presses a key on an element after focusing it (keyboard only, no pointer). */
export async function press(
  page: Page,
  selector: ReturnType<Page['locator']>,
  key: string,
): Promise<void> {
  await selector.focus();
  await page.keyboard.press(key);
}

/** Starts a new assessment from the start page by keyboard and waits for the questionnaire. */
export async function startNew(page: Page, label: RegExp | string): Promise<void> {
  await press(page, page.getByRole('button', { name: label }), 'Enter');
  await page.waitForURL(/\/assess\/\?new/);
  await hydrated(page);
}

/**
 * Starts a new assessment and names the organisation, its first change, which stores it: the
 * address then names the record. Returns its id.
 */
export async function startStored(
  page: Page,
  label: RegExp | string,
  name: RegExp | string,
  organisation: string,
): Promise<string> {
  await startNew(page, label);
  await page.getByLabel(name).fill(organisation);
  await page.waitForURL(/\/assess\/\?id=/);
  return currentId(page);
}

/** The id of the assessment open in the questionnaire. */
export function currentId(page: Page): string {
  return new URL(page.url()).searchParams.get('id') ?? '';
}

export interface StoredForTest {
  step: string;
  assessment: {
    status: string;
    organisation: { name: string; sector: string; regulated: boolean; channels: string[] };
    outOfScope?: { stages: string[] };
    teams: { id: string; name: string }[];
    maturity: Record<string, number | 'unknown'>;
    raci: Record<string, Record<string, string> | 'unknown'>;
  };
}

/** Reads the stored record of an assessment straight from the browser's storage. */
export async function storedRecord(page: Page, id: string): Promise<StoredForTest> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), `ccm:assessment:${id}`);
  expect(raw, `stored record ${id}`).not.toBeNull();
  return JSON.parse(raw ?? 'null') as StoredForTest;
}

/** Waits for autosave to report the change stored. */
export async function saved(page: Page): Promise<void> {
  await expect(page.locator('.save[data-state="saved"]')).toBeVisible();
}

/**
 * Runs axe (WCAG 2.2 A and AA, its best practices, and the check that a control's name contains
 * its visible text) and expects no violation at all, whatever its impact.
 */
export async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  // A full axe pass over a results page takes seconds on a busy machine: it adds its own time.
  test.info().setTimeout(test.info().timeout + 20_000);
  const results = await new AxeBuilder({ page })
    .options({
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      rules: { 'label-content-name-mismatch': { enabled: true } },
    })
    .analyze();
  const serious = results.violations
    .map((v) =>
      v.id === 'label-content-name-mismatch'
        ? // The questionnaire's RACI cells always show their four toggles (R A C I); their name
          // says which letters the team holds instead, which is what a listener needs to hear.
          { ...v, nodes: v.nodes.filter((n) => !n.html.startsWith('<div role="gridcell"')) }
        : v,
    )
    .filter((v) => v.nodes.length > 0);
  expect(
    serious.map((v) => `${where}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`),
  ).toEqual([]);
}

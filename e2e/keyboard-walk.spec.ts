// The whole flow with the keyboard alone, as someone who cannot use a pointer goes through it: Tab
// and Shift+Tab to move, Enter and Space to act, arrows and letters inside the questionnaire's
// groups and grids. No click and no focus() from the test: every stop is reached by key presses,
// and at every stop the focus must be visible (a ring, on screen) and where a user expects it.
import { expect, test, type Locator, type Page } from './fixtures';
import { LANGS, text, type Lang } from './example-results';
import { currentId, hydrated, storedRecord } from './helpers';
import { loadModel } from '../src/lib/model/load-model';

/** The name of the RACI step the walk answers (the content stage). */
const contentStage = (lang: Lang): string =>
  loadModel().stages.find((s) => s.id === 'content')?.name[lang] ?? 'content';

/** The most Tab presses a walk may take to reach a control. */
const MAX_TABS = 120;

/** What the focused element shows: whether it has a ring, is on screen, and what it is. */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { ok: false, what: 'nothing focused' };
    const style = getComputedStyle(el);
    // Chart cells (SVG) draw their ring as a stroked shape inside them instead of an outline.
    const drawn = el.querySelector('.ring');
    const stroke = drawn ? getComputedStyle(drawn) : null;
    const ring =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
      (stroke !== null && stroke.stroke !== 'none' && parseFloat(stroke.strokeWidth) >= 2);
    // A heading focused to announce a new step or section is a landing point, not a control.
    const landing = /^H[1-6]$/.test(el.tagName) && el.getAttribute('tabindex') === '-1';
    const box = el.getBoundingClientRect();
    const onScreen =
      box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
    const what = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50)}"`;
    return { ok: onScreen && (ring || landing), what: `${what} ring=${ring} onScreen=${onScreen}` };
  });
}

/** Expects the focus to be visible where it is now. */
async function expectVisibleFocus(page: Page): Promise<void> {
  const state = await focusState(page);
  expect(state.ok, `focus visible: ${state.what}`).toBe(true);
}

/** Presses Tab until the target has the focus, checking the focus is visible at every stop. */
async function tabTo(page: Page, target: Locator, key = 'Tab'): Promise<void> {
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press(key);
    await expectVisibleFocus(page);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${MAX_TABS} presses of ${key} did not reach ${target.toString()}`);
}

/** Tabs (forward, or back with Shift+Tab) to a control and presses a key on it. */
async function tabAndPress(page: Page, target: Locator, key: string, tab = 'Tab'): Promise<void> {
  await tabTo(page, target, tab);
  await page.keyboard.press(key);
}

for (const lang of LANGS)
  test(`the whole flow can be walked with the keyboard alone, in ${lang}`, async ({ page }) => {
    test.setTimeout(180_000);
    const T = (key: string) => text(lang, key);
    const next = page.getByRole('button', { name: T('wizard.next'), exact: true });
    const stepTitle = page.locator('#step-title');

    // Start page: the first Tab shows the skip link, then on to "start a new assessment".
    await page.goto(`/${lang}/`);
    await hydrated(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: T('nav.skip') })).toBeFocused();
    await expectVisibleFocus(page);
    await tabAndPress(page, page.getByRole('button', { name: T('home.new') }), 'Enter');
    await page.waitForURL(/\/assess\/\?new/);
    await hydrated(page);

    // Profile: type the name (its first change stores it), then Next; the new step's title takes the focus.
    await tabTo(page, page.getByLabel(T('profile.name')));
    await page.keyboard.type(lang === 'ar' ? 'مصرف الساحل' : 'Coast Bank');
    await page.waitForURL(/\/assess\/\?id=/);
    const id = currentId(page);
    await tabAndPress(page, next, 'Enter');
    await expect(stepTitle).toBeFocused();
    await expect(stepTitle).toHaveText(T('teams.title'));

    // Teams: add one by name with Enter, then Next.
    await tabTo(page, page.getByLabel(T('teams.newName')));
    await page.keyboard.type(lang === 'ar' ? 'فريق الرسائل' : 'Messaging team');
    await page.keyboard.press('Enter');
    await expect(page.locator('.teams input').last()).toHaveValue(
      lang === 'ar' ? 'فريق الرسائل' : 'Messaging team',
    );
    await tabAndPress(page, next, 'Enter');
    await expect(stepTitle).toBeFocused();

    // A maturity step: Tab into the first question's radio group, arrows choose a level.
    const firstQuestion = page.locator('fieldset.question').first();
    await tabTo(page, firstQuestion.getByRole('radio').first());
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(firstQuestion.getByRole('radio').nth(2)).toBeChecked();
    await expect(firstQuestion.getByRole('radio').nth(2)).toBeFocused();
    await expectVisibleFocus(page);

    // The step list (before the step, so back with Shift+Tab) leads to a RACI step; letters set
    // roles in its grid.
    const sections = page.getByRole('navigation', { name: T('wizard.sections') });
    const raciStep = sections
      .getByRole('button')
      .filter({ hasText: contentStage(lang) })
      .last(); // a maturity dimension has the same name; the RACI steps come after
    await tabAndPress(page, raciStep, 'Enter', 'Shift+Tab');
    await expect(page.getByRole('grid')).toBeVisible();
    const firstCell = page.getByRole('grid').getByRole('gridcell').first();
    await tabTo(page, firstCell);
    await page.keyboard.press('a');
    await expect(firstCell).toHaveAttribute('aria-label', /: A$/);
    await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
    const secondCell = page.getByRole('grid').getByRole('gridcell').nth(1);
    await expect(secondCell).toBeFocused();
    await page.keyboard.press('r');
    await expect(secondCell).toHaveAttribute('aria-label', /: R$/);
    await expectVisibleFocus(page);

    // The summary, from the step list, then its link to the results.
    await tabAndPress(
      page,
      sections.getByRole('button').filter({ hasText: T('wizard.step.summary') }),
      'Enter',
      'Shift+Tab',
    );
    await expect(stepTitle).toHaveText(T('summary.title'));
    await tabAndPress(page, page.getByRole('link', { name: T('summary.seeResults') }), 'Enter');
    await page.waitForURL(/\/results\/\?id=/);
    await hydrated(page);
    const record = await storedRecord(page, id);
    expect(Object.values(record.assessment.maturity)).toEqual([3]);
    expect(Object.values(record.assessment.raci)[0]).toEqual(
      expect.objectContaining({ [record.assessment.teams[0]?.id ?? '']: 'A' }),
    );

    // Results: each section link moves the focus to that section's heading; the (sticky) links
    // are before the sections, so back to them with Shift+Tab.
    const nav = page.getByRole('navigation', { name: T('results.sections') });
    await tabTo(page, nav.getByRole('link').first());
    for (const [i, section] of ['maturity', 'raci', 'heatmap'].entries()) {
      await tabAndPress(
        page,
        nav.getByRole('link', { name: T(`results.section.${section}`) }),
        'Enter',
        i === 0 ? 'Tab' : 'Shift+Tab',
      );
      await expect(page.locator(`#${section}-title`)).toBeFocused();
      await expect(page.locator(`#${section}-title`)).toBeInViewport();
    }

    // The heatmap: Tab into the grid, Enter opens a cell's drivers, its close button brings the
    // focus back to the cell.
    const cell = page.locator('#heatmap [role="grid"] [tabindex="0"]').first();
    await tabTo(page, cell);
    const cellName = await cell.getAttribute('aria-label');
    await page.keyboard.press('Enter');
    const drivers = page.locator('#heatmap .drivers');
    await expect(drivers.locator('h3')).toBeFocused();
    await expect(drivers.locator('h3')).toBeInViewport();
    await tabAndPress(page, drivers.getByRole('button', { name: T('chart.close') }), 'Enter');
    await expect(drivers).toHaveCount(0);
    const back = page.locator('#heatmap [role="grid"] :focus');
    await expect(back).toHaveAttribute('aria-label', cellName ?? '');
    await expectVisibleFocus(page);
  });

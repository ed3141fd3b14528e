import { expect, test, type Locator, type Page } from './fixtures';
import { expected, LANGS, openResults, text, type Lang } from './example-results';
import { expectNoSeriousViolations, settled } from './helpers';
import { card, choose, openForm, save } from './roadmap-tracking';

// The bank's first phase: two actions marked done, one in progress with an owner and a past due date.
const DONE = ['communication-inventory', 'name-accountable-owners'];
const STARTED = 'assign-doers';
const PAST = '2026-01-15';

const rolledUp = (page: Page, key: string): Locator =>
  page.locator(`#overview [data-tracked="${key}"] dd`);
const actions = (lang: Lang, n: number): string =>
  lang === 'en'
    ? text(lang, `overview.tracking.actions.${n === 1 ? 'one' : 'other'}`).replace('{n}', String(n))
    : text(lang, `overview.tracking.actions.${({ 1: 'one', 2: 'two' } as const)[n as 1 | 2]}`);

for (const lang of LANGS) {
  test(`the roadmap is tracked by keyboard, kept across a reload and rolled up in the overview (${lang})`, async ({
    page,
  }) => {
    test.slow();
    const { roadmap } = expected('bank-fragmented');
    const first = roadmap.phases[0]?.actions.map((a) => a.id) ?? [];
    expect(first).toEqual(expect.arrayContaining([...DONE, STARTED]));
    const id = await openResults(page, lang, 'bank-fragmented');

    for (const done of DONE) {
      const action = await openForm(page, lang, done);
      await choose(page, action.getByLabel(text(lang, 'roadmap.track.status')), 2);
      await save(page, lang, action);
    }
    const started = await openForm(page, lang, STARTED);
    await choose(page, started.getByLabel(text(lang, 'roadmap.track.status')), 1);
    const owner = started.getByLabel(text(lang, 'roadmap.track.owner'));
    await choose(page, owner, 1);
    const ownerName = (await owner.locator('option:checked').textContent()) ?? '';
    expect(ownerName).not.toBe(text(lang, 'roadmap.track.ownerPlanned'));
    await started.getByLabel(text(lang, 'roadmap.track.due')).fill(PAST);
    await started.getByLabel(text(lang, 'roadmap.track.comment')).focus();
    await page.keyboard.type('Waiting for the data team');
    await save(page, lang, started);
    await expectNoSeriousViolations(page, `the roadmap with an open tracking form (${lang})`);

    const stored = await page.evaluate((key) => localStorage.getItem(key), `ccm:assessment:${id}`);
    const tracked = (JSON.parse(stored ?? '{}') as { assessment: { roadmap: object } }).assessment
      .roadmap;
    expect(tracked).toMatchObject({
      [DONE[0] ?? '']: 'done',
      [DONE[1] ?? '']: 'done',
      [STARTED]: { status: 'in-progress', due: PAST, comment: 'Waiting for the data team' },
    });

    await page.reload();
    await expect(page.locator('#overview-title')).toBeVisible();
    await settled(page);
    await expect(rolledUp(page, 'done')).toHaveText(actions(lang, 2));
    await expect(rolledUp(page, 'notEffective')).toHaveText(actions(lang, 2));
    await expect(rolledUp(page, 'inProgress')).toHaveText(actions(lang, 1));
    await expect(rolledUp(page, 'overdue')).toHaveText(actions(lang, 1));

    // Marking done changes no answer: the gap remains, so the card says the work did not take.
    for (const done of DONE) {
      const action = card(page, done);
      await expect(action).toContainText(text(lang, 'roadmap.status.notEffective'));
      await expect(action).toContainText(text(lang, 'roadmap.notEffective'));
      await expect(action).toContainText(text(lang, 'roadmap.gaps'));
    }
    const again = card(page, STARTED);
    await expect(again).toContainText(text(lang, 'roadmap.status.in-progress'));
    await expect(again).toContainText(ownerName);
    await expect(again).toContainText(text(lang, 'roadmap.overdue'));
    await expect(again).toContainText('Waiting for the data team');

    // The form opens again with what was stored.
    const reopened = await openForm(page, lang, STARTED);
    await expect(reopened.getByLabel(text(lang, 'roadmap.track.status'))).toHaveValue(
      'in-progress',
    );
    await expect(reopened.getByLabel(text(lang, 'roadmap.track.due'))).toHaveValue(PAST);
    await expectNoSeriousViolations(page, `the tracked roadmap after a reload (${lang})`);
  });
}

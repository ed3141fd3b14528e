/** Tracking roadmap actions on the results page, as a keyboard user does. */
import { loadModel } from '../src/lib/model/load-model';
import { expect, type Locator, type Page } from './fixtures';
import { filled, text, type Lang } from './example-results';
import { press } from './helpers';

const model = loadModel();
const title = (id: string, lang: Lang): string =>
  (model.actions.find((a) => a.id === id)?.['title'] as Record<Lang, string> | undefined)?.[lang] ??
  id;

/** An action's card in the roadmap. */
export const card = (page: Page, id: string): Locator =>
  page.locator(`#roadmap [data-action="${id}"]`);

/** Opens an action's tracking form by keyboard and returns the card. */
export async function openForm(page: Page, lang: Lang, id: string): Promise<Locator> {
  const action = card(page, id);
  const edit = action.getByRole('button', {
    name: filled(lang, 'roadmap.track.editAction', { action: title(id, lang) }),
  });
  await press(page, edit, 'Enter');
  await expect(edit).toHaveAttribute('aria-expanded', 'true');
  await expect(action.getByLabel(text(lang, 'roadmap.track.status'))).toBeVisible();
  return action;
}

/** Moves a native select down by `steps` options with the arrow key, as a keyboard user does. */
export async function choose(page: Page, select: Locator, steps: number): Promise<void> {
  await select.focus();
  for (let i = 0; i < steps; i += 1) await page.keyboard.press('ArrowDown');
}

/** Saves the open form with Enter on its button and waits for it to say so. */
export async function save(page: Page, lang: Lang, action: Locator): Promise<void> {
  await press(
    page,
    action.getByRole('button', { name: text(lang, 'roadmap.track.save') }),
    'Enter',
  );
  await expect(action.getByRole('status')).toHaveText(text(lang, 'roadmap.track.saved'));
}

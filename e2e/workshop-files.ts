// Participants' response files for the workshop pages' end-to-end tests, made with the
// product's own responseFileOf, as a participant's page saves them.
import { readFileSync } from 'node:fs';
import type { Response } from '../src/domain/schemas/assessment';
import { responseFileOf } from '../src/domain/workshop/response-file';
import { loadModel } from '../src/lib/model/load-model';

export const model = loadModel();
/** The example the workshop answers: written in Arabic, with no responses of its own. */
export const example = JSON.parse(readFileSync('examples/gulf-islamic-bank.json', 'utf8')) as {
  organisation: { name: string };
  period: string;
  teams: { id: string; name: string }[];
};
export const workshop = { organisation: example.organisation.name, period: example.period };
/** The activity the room splits on. */
export const SPLIT = 'triggers.define';

/** Five participants: a 2/2/1 split on who owns SPLIT, one mind on data.source, divided on review.timing. */
export const participants: Response[] = [
  ['p1', 'marketing', 'Sara', 1],
  ['p2', 'marketing', undefined, 1],
  ['p3', 'it', 'Omar', 3],
  ['p4', 'it', undefined, 5],
  ['p5', 'operations', undefined, 5],
].map(([participant, owner, name, level]) => ({
  participant: participant as string,
  ...(name ? { name: name as string } : {}),
  team: 'compliance',
  role: 'staff',
  maturity: { 'review.timing': level as 1 | 3 | 5 },
  raci: { [SPLIT]: { [owner as string]: 'A' }, 'data.source': { data: 'A' } },
}));

/** A JSON file for Playwright's setInputFiles. */
export const json = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
});

/** The five participants' response files. */
export const responseFiles = participants.map((r) =>
  json(`${r.participant}.json`, responseFileOf(model.version, workshop, r)),
);

/** Chooses the example as the workshop's assessment on the consensus page and imports files onto it. */
export async function importOntoExample(
  page: import('@playwright/test').Page,
  label: string,
  files: ReturnType<typeof json>[],
): Promise<void> {
  await page.getByLabel(label).selectOption('example:gulf-islamic-bank');
  await page.locator('#response-files').setInputFiles(files);
  await page.waitForURL(/\?id=/);
}

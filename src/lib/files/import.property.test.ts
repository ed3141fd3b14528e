import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeBackup } from '../../domain/schemas/backup';
import { toModelIds } from '../../domain/schemas/model-check';
import { loadExample, loadShippedModel } from '../../domain/roadmap/shipped-model';
import en from '../../i18n/en.json';
import ar from '../../i18n/ar.json';
import { makeTranslate } from '../i18n-client';
import { describeProblem } from '../problem-text';
import { createRecord } from '../storage/assessment-repo';
import { MemoryStorage } from '../storage/memory-storage';
import { unlockFile } from './import';
import { importFiles, type Choice, type ImportQuestions } from './import-store';
import { protectText } from './protect';

const model = toModelIds(loadShippedModel());
const bank = loadExample('bank');
const telecom = loadExample('telecom');
const translators = [makeTranslate(en, 'en'), makeTranslate(ar, 'ar')] as const;
const snapshot = (storage: Storage): Map<string, string | null> =>
  new Map(
    Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').map((k) => [
      k,
      storage.getItem(k),
    ]),
  );

let envelopeText = '';
let seeded: [string, string][] = [];

beforeAll(async () => {
  envelopeText = await protectText(JSON.stringify(bank), 'pw');
  const storage = new MemoryStorage();
  globalThis.localStorage = storage;
  createRecord(model, bank);
  seeded = [...snapshot(storage)].map(([k, v]) => [k, v ?? '']);
});

/** Nesting a thousand levels deep, or deeper than a call stack goes. */
const deep = fc
  .constantFrom(1_000, 20_000)
  .map((n) => ({ json: `${'['.repeat(n)}${']'.repeat(n)}` }));

/** A value no field expects: wrong types, huge or hostile text, prototype keys. */
const hostile = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.constant('x'.repeat(100_000)),
  fc.constant('\u202Eevil\u202C\u2066 name \u2069\u200F'),
  fc.constant({ json: '{"__proto__":{"polluted":true},"constructor":{"prototype":{"bad":1}}}' }),
  deep,
);

const KEYS = [
  ...Object.keys(bank),
  'organisation.name',
  'organisation.sector',
  'organisation.id',
  'maturity.review.timing',
  'raci.review.approve',
  '__proto__',
  'format',
  'formatVersion',
  'modelVersion',
];

/** JSON text of a value, where `{ json }` is spliced in as raw text. */
function toText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && 'json' in v ? `\u0000${(v as { json: string }).json}\u0000` : v,
  ).replace(/"\\u0000(.*?)\\u0000"/g, (_m, raw: string) => raw.replace(/\\"/g, '"'));
}

/** An assessment with one field changed to a hostile value, or removed. */
const brokenAssessment = fc
  .tuple(fc.constantFrom(bank, telecom), fc.constantFrom(...KEYS), fc.option(hostile))
  .map(([base, path, value]) => {
    const doc = JSON.parse(JSON.stringify(base)) as Record<string, Record<string, unknown>>;
    const [head = '', ...rest] = path.split('.');
    const field = rest.join('.');
    if (field && typeof doc[head] === 'object') {
      if (value === null) delete doc[head][field];
      else doc[head][field] = value;
    } else if (value === null) delete doc[head];
    else Object.defineProperty(doc, head, { value, enumerable: true });
    return doc;
  });

const file = fc.oneof(
  brokenAssessment.map(toText),
  fc
    .array(brokenAssessment, { maxLength: 3 })
    .map((list) => toText({ ...makeBackup([], new Date()), assessments: list })),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.nat().map((n) => envelopeText.slice(0, n % envelopeText.length)),
  fc
    .tuple(fc.constantFrom('kdf', 'cipher', 'data', 'formatVersion'), hostile)
    .map(([key, value]) => toText({ ...(JSON.parse(envelopeText) as object), [key]: value })),
  brokenAssessment.map((doc) => toText(doc).slice(0, 400)),
);

const files = fc.array(
  fc.tuple(fc.boolean(), file).map(([bom, text]) => (bom ? `\uFEFF${text}` : text)),
  { minLength: 1, maxLength: 3 },
);

const questions = (choice: Choice): ImportQuestions => ({
  resolve: () => Promise.resolve(choice),
  unlock: async (_name, envelope) => {
    const opened = await unlockFile(envelope, 'a wrong passphrase', model);
    return opened.status === 'wrong' ? null : opened;
  },
});

describe('importing broken or hostile files', () => {
  it('never crashes, always says why a file is refused, and changes nothing it did not store', async () => {
    await fc.assert(
      fc.asyncProperty(
        files,
        fc.constantFrom<Choice>('replace', 'keep-both', 'cancel'),
        async (texts, choice) => {
          const storage = new MemoryStorage();
          globalThis.localStorage = storage;
          for (const [key, value] of seeded) storage.setItem(key, value);
          const before = snapshot(storage);
          const report = await importFiles(
            texts.map((text, i) => new File([text], `f${i}.json`)),
            model,
            questions(choice),
          );
          for (const outcome of report.files) {
            if (outcome.refused) expect(outcome.problems.length, outcome.file).toBeGreaterThan(0);
            for (const problem of outcome.problems)
              for (const t of translators) {
                const line = describeProblem(t, 'en', problem)
                  .map((p) => p.text)
                  .join('');
                expect(line).not.toMatch(/^problem\./);
                expect(line.trim()).not.toBe('');
              }
          }
          const replaced = new Set(
            report.files.flatMap((f) => f.stored.map((r) => `ccm:assessment:${r.id}`)),
          );
          const after = snapshot(storage);
          for (const [key, value] of before)
            if (!replaced.has(key)) expect(after.get(key)).toBe(value);
          expect(after.size - before.size).toBeLessThanOrEqual(replaced.size);
          expect(Object.keys(Object.prototype)).toEqual([]);
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);
});

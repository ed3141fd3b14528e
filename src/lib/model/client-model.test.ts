import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../domain/analyse';
import { checkAssessmentAgainstModel, toModelIds } from '../../domain/schemas/model-check';
import { parseAssessment } from '../../domain/schemas/parse-assessment';
import type { Assessment } from '../../domain/schemas/assessment';
import { keepLanguage, toClientModel } from './client-model';
import { loadModel } from './load-model';
import { toViewModel } from './view-model';

const EXAMPLES = [
  'bank-fragmented',
  'government-agency',
  'telecom-controlled',
  'gulf-islamic-bank',
];

function example(name: string): Assessment {
  const parsed = parseAssessment(JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(`examples/${name}.json does not parse`);
  return parsed.value;
}

/** The analysis with every text replaced by a marker: what is left is ids, numbers and flags. */
function figuresOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(figuresOf);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  if (typeof record['en'] === 'string' && typeof record['ar'] === 'string') return 'text';
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, figuresOf(v)]));
}

const ARABIC = /[\u0600-\u06FF]/;

describe('the slim model of the results page', () => {
  const full = loadModel();

  for (const lang of ['en', 'ar'] as const) {
    for (const name of EXAMPLES) {
      it(`gives the same figures and flags as the full model for ${name} in ${lang}`, () => {
        const a = example(name);
        expect(figuresOf(analyse(toClientModel(full, lang), a))).toEqual(
          figuresOf(analyse(full, a)),
        );
      });
    }
  }

  it('names stages, activities and flags in the page language inside the analysis', () => {
    const analysis = analyse(toClientModel(full, 'ar'), example('bank-fragmented'));
    const driver = analysis.heatmap['review']?.regulatory.drivers[1];
    expect(driver?.text.ar).toBe(
      analyse(full, example('bank-fragmented')).heatmap['review']?.regulatory.drivers[1]?.text.ar,
    );
    expect(analysis.activities['data.source']?.flagDetails[0]?.name.en).toMatch(ARABIC);
  });

  it('carries no English text on an Arabic page except the default team names', () => {
    const { teams, ...rest } = toClientModel(full, 'ar');
    const texts = JSON.stringify(rest).match(/"(?:en|ar)":"[^"]*"/g) ?? [];
    expect(texts.filter((t) => !ARABIC.test(t))).toEqual([]);
    expect(teams.find((t) => t.id === 'ccm')?.name.en).toBe(
      full.teams.find((t) => t.id === 'ccm')?.name.en,
    );
  });

  it('drops answer options and help, and is well under the size of the full model', () => {
    const slim = toClientModel(full, 'en');
    expect(slim.questions.every((q) => q.options.length === 0 && q.help === undefined)).toBe(true);
    // The consistency rules stay whole: the page tests them and shows their texts.
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(full).length * 0.65);
  });

  it('checks an assessment against the model as the full model does, on every page', () => {
    const a: Assessment = {
      ...example('telecom-controlled'),
      maturity: { 'ownership.owner': 2, 'ownership.foo': 3 },
      raci: { 'data.nope': {} },
      notes: { 'review.timing': 'x', elsewhere: 'y' },
      roadmap: { 'charter-control-function': 'done', 'buy-a-tool': 'done' },
    };
    const expected = checkAssessmentAgainstModel(full, a);
    expect(expected.map((p) => p.path)).toEqual([
      'maturity["ownership.foo"]',
      'raci["data.nope"]',
      'notes.elsewhere',
      'roadmap.buy-a-tool',
    ]);
    for (const lang of ['en', 'ar'] as const) {
      expect(checkAssessmentAgainstModel(toClientModel(full, lang), a)).toEqual(expected);
      expect(checkAssessmentAgainstModel(toViewModel(full, lang), a)).toEqual(expected);
    }
    expect(checkAssessmentAgainstModel(toModelIds(full), a)).toEqual(expected);
  });

  it('keeps numbers, booleans and ids as they are', () => {
    expect(keepLanguage({ a: [1, true, 'x', { en: 'E', ar: 'ع' }] }, 'en')).toEqual({
      a: [1, true, 'x', { en: 'E', ar: 'E' }],
    });
  });
});

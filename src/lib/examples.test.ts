import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARABIC_EXAMPLES, listExamples, orderExamples } from './examples';

const NAMES = ['telecom-controlled', 'gulf-islamic-bank', 'bank-fragmented', 'government-agency'];

describe('the start page’s examples', () => {
  it('lead the Arabic page with the example written in Arabic', () => {
    expect(orderExamples(NAMES, 'ar')).toEqual([
      'gulf-islamic-bank',
      'bank-fragmented',
      'government-agency',
      'telecom-controlled',
    ]);
  });

  it('keep the English page’s order, with the example written in Arabic last', () => {
    expect(orderExamples(NAMES, 'en')).toEqual([
      'bank-fragmented',
      'government-agency',
      'telecom-controlled',
      'gulf-islamic-bank',
    ]);
  });

  it('list every file in examples/ on both pages', () => {
    expect(listExamples('ar')).toHaveLength(listExamples('en').length);
    expect([...listExamples('ar')].sort()).toEqual([...listExamples('en')].sort());
    for (const name of ARABIC_EXAMPLES) expect(listExamples('ar')[0]).toBe(name);
  });
});

describe('an example written in Arabic', () => {
  const LATIN = /[A-Za-z]/;
  const ARABIC = /[\u0600-\u06FF]/;

  it.each(ARABIC_EXAMPLES)(
    '%s names its organisation and teams and writes its notes in Arabic',
    (name) => {
      const file = JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')) as {
        organisation: { name: string };
        teams: { id: string; name: string }[];
        notes: Record<string, string>;
      };
      const texts = [
        file.organisation.name,
        ...file.teams.map((t) => t.name),
        ...Object.values(file.notes),
      ];
      for (const text of texts) {
        expect(text).toMatch(ARABIC);
        expect(text).not.toMatch(LATIN);
      }
      expect(file.teams.map((t) => t.name)).toContain('اللجنة التنفيذية');
      expect(Object.keys(file.notes).length).toBeGreaterThanOrEqual(10);
    },
  );
});

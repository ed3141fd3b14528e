import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fixture2026_1 from './fixtures/assessment-2026.1.json';
import fixture2026_2 from './fixtures/assessment-2026.2.json';
import {
  isOlderModelVersion,
  mergeAnswers,
  migrateModelVersion,
  questionsNewSince,
} from './model-versions';

type Doc = Record<string, unknown>;
const taken2026_1 = (): Doc => structuredClone(fixture2026_1);
const taken2026_2 = (): Doc => structuredClone(fixture2026_2);

const RETIRED = ['delivery.tools', 'feedback.share', 'centricity.contact'];
const NEW_IN_2026_3 = [
  'data.personal',
  'triggers.automation',
  'content.inbound',
  'content.accessible',
  'review.criticality',
  'delivery.spoofing',
  'feedback.briefing',
  'centricity.codesign',
];

describe('migrating an assessment taken with model 2026.1', () => {
  it('brings it to 2026.3 with data, triggers, content and review back in scope', () => {
    const migrated = migrateModelVersion(taken2026_1());
    expect(migrated['modelVersion']).toBe('2026.3');
    expect(migrated['migratedFrom']).toBe('2026.1');
    expect(migrated['outOfScope']).toEqual({ stages: ['incidents'], dimensions: ['centricity'] });
  });

  it('changes nothing else when it answered none of the questions 2026.3 retires', () => {
    const { modelVersion: _v, outOfScope: _s, ...before } = taken2026_1();
    const {
      modelVersion: _w,
      outOfScope: _t,
      migratedFrom: _f,
      ...after
    } = migrateModelVersion(taken2026_1());
    expect(after).toEqual(before);
  });

  it('leaves a scope it cannot read for the schema to report', () => {
    for (const outOfScope of [undefined, null, 'data', { stages: 'data' }]) {
      const migrated = migrateModelVersion({ ...taken2026_1(), outOfScope });
      expect(migrated['outOfScope']).toEqual(outOfScope);
      expect(migrated['modelVersion']).toBe('2026.3');
    }
  });
});

describe('migrating an assessment taken with model 2026.2', () => {
  const migrated = migrateModelVersion(taken2026_2());
  const maturity = migrated['maturity'] as Doc;
  const notes = migrated['notes'] as Doc;
  const responses = migrated['responses'] as { maturity: Doc }[];

  it('brings it to 2026.3 and says where it came from', () => {
    expect(migrated['modelVersion']).toBe('2026.3');
    expect(migrated['migratedFrom']).toBe('2026.2');
  });

  it('keeps the platforms answer under the question on platforms and providers', () => {
    expect(maturity['delivery.providers']).toBe(3);
    expect(responses.map((r) => r.maturity['delivery.providers'])).toEqual([4, 2]);
  });

  it("gives the customer's-voice question the lower of the two answers it joins", () => {
    expect(maturity['centricity.voice']).toBe(2);
    expect(responses.map((r) => r.maturity['centricity.voice'])).toEqual([3, 1]);
  });

  it('keeps every note of a retired question under the question that replaces it', () => {
    expect(notes['delivery.providers']).toBe(fixture2026_2.notes['delivery.tools']);
    expect(notes['centricity.voice']).toBe(
      `${fixture2026_2.notes['feedback.share']}\n\n${fixture2026_2.notes['centricity.contact']}`,
    );
  });

  it('asks the new questions unanswered and no longer holds the retired ones', () => {
    for (const answers of [maturity, notes, ...responses.map((r) => r.maturity)]) {
      for (const id of [...RETIRED, ...NEW_IN_2026_3]) expect(answers[id], id).toBeUndefined();
    }
  });

  it('changes nothing else', () => {
    const strip = (doc: Doc): Doc => {
      const {
        modelVersion: _v,
        migratedFrom: _f,
        maturity: _m,
        notes: _n,
        responses: _r,
        ...rest
      } = doc;
      return rest;
    };
    expect(strip(migrated)).toEqual(strip(taken2026_2()));
    const untouched = (answers: Doc) =>
      Object.fromEntries(
        Object.entries(answers).filter(
          ([id]) => ![...RETIRED, 'delivery.providers', 'centricity.voice'].includes(id),
        ),
      );
    expect(untouched(maturity)).toEqual(untouched(fixture2026_2.maturity));
    expect(untouched(notes)).toEqual(untouched(fixture2026_2.notes));
  });

  it('keeps an answer already given to the replacing question', () => {
    const doc = taken2026_2();
    doc['maturity'] = { 'feedback.share': 4, 'centricity.voice': 5 };
    doc['notes'] = { 'centricity.voice': 'kept', 'feedback.share': 'joined' };
    const out = migrateModelVersion(doc);
    expect(out['maturity']).toEqual({ 'centricity.voice': 5 });
    expect(out['notes']).toEqual({ 'centricity.voice': 'kept\n\njoined' });
  });

  it('loses no answer and no note, whatever was answered', () => {
    const answer = fc.constantFrom<unknown>(1, 2, 3, 4, 5, 'unknown', undefined);
    const note = fc.option(fc.string({ minLength: 1 }), { nil: undefined });
    fc.assert(
      fc.property(
        fc.tuple(answer, answer, answer),
        fc.tuple(note, note, note),
        ([tools, share, contact], [toolsNote, shareNote, contactNote]) => {
          const doc = {
            ...taken2026_2(),
            maturity: {
              'delivery.tools': tools,
              'feedback.share': share,
              'centricity.contact': contact,
            },
            notes: {
              'delivery.tools': toolsNote,
              'feedback.share': shareNote,
              'centricity.contact': contactNote,
            },
          };
          const out = migrateModelVersion(JSON.parse(JSON.stringify(doc)) as Doc);
          const m = out['maturity'] as Doc;
          const n = out['notes'] as Doc;
          expect(m['delivery.providers']).toBe(tools);
          const voice = [share, contact].filter((a) => a !== undefined);
          if (voice.length > 0) expect(voice).toContain(m['centricity.voice']);
          else expect(m['centricity.voice']).toBeUndefined();
          for (const [text, target] of [
            [toolsNote, 'delivery.providers'],
            [shareNote, 'centricity.voice'],
            [contactNote, 'centricity.voice'],
          ] as const) {
            if (text !== undefined) expect(String(n[target])).toContain(text);
          }
        },
      ),
    );
  });
});

describe('mergeAnswers', () => {
  it('takes the lowest level, since a merged level needs every practice it joins', () => {
    expect(mergeAnswers([4, 2])).toBe(2);
  });

  it('takes a level over "don\'t know", and "don\'t know" over nothing', () => {
    expect(mergeAnswers(['unknown', 3])).toBe(3);
    expect(mergeAnswers([undefined, 'unknown'])).toBe('unknown');
    expect(mergeAnswers([undefined, undefined])).toBeUndefined();
  });

  it('keeps an answer that is not a level for the schema to report', () => {
    expect(mergeAnswers([2, 9])).toBe(9);
    expect(mergeAnswers(['maybe', 3])).toBe('maybe');
  });
});

describe('migrating any document', () => {
  it('leaves the document it was given as it was', () => {
    for (const [doc, original] of [
      [taken2026_1(), fixture2026_1],
      [taken2026_2(), fixture2026_2],
    ] as const) {
      migrateModelVersion(doc);
      expect(doc).toEqual(original);
    }
  });

  it('leaves an assessment of the current or an unknown model version untouched', () => {
    for (const modelVersion of ['2026.3', '2031.4', 7]) {
      const doc = { ...taken2026_2(), modelVersion };
      expect(migrateModelVersion(doc)).toBe(doc);
    }
  });

  it('knows 2026.1 and 2026.2 as older versions, and neither the current one nor an invented one', () => {
    expect(isOlderModelVersion('2026.1')).toBe(true);
    expect(isOlderModelVersion('2026.2')).toBe(true);
    expect(isOlderModelVersion('2026.3')).toBe(false);
    expect(isOlderModelVersion('toString')).toBe(false);
  });
});

describe('questionsNewSince', () => {
  it('names the questions 2026.3 adds, and those that replace retired ones, for 2026.1 and 2026.2', () => {
    for (const from of ['2026.1', '2026.2']) {
      const fresh = questionsNewSince(from);
      expect([...fresh.added].sort()).toEqual([...NEW_IN_2026_3].sort());
      expect([...fresh.replacing].sort()).toEqual(['centricity.voice', 'delivery.providers']);
    }
  });

  it('names none for an assessment that was not migrated', () => {
    for (const from of [undefined, '2026.3', '2031.4', 'toString']) {
      expect(questionsNewSince(from)).toEqual({ added: [], replacing: [] });
    }
  });
});

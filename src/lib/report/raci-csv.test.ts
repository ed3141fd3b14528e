import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../domain/analyse';
import type { Assessment } from '../../domain/schemas/assessment';
import { parseAssessmentText } from '../../domain/schemas/parse-assessment';
import type { Lang } from '../../i18n';
import ar from '../../i18n/ar.json';
import en from '../../i18n/en.json';
import { buildNames } from '../../components/results/view-context';
import { makeTranslate } from '../i18n-client';
import { loadModel } from '../model/load-model';
import { BOM } from './csv';
import { answerTexts, answerWords, renderAnswersCsv } from './answers-csv';
import { renderRaciCsv } from './raci-csv';
import { readCsv } from './testing/read-csv';

const model = loadModel();
const strings = { en, ar } as Record<Lang, Record<string, string>>;

function example(name: string): Assessment {
  const read = parseAssessmentText(readFileSync(`examples/${name}.json`, 'utf8'));
  if (!read.ok) throw new Error(`${name} does not parse`);
  return read.value;
}

function rowsOf(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  return readCsv(csv.slice(BOM.length));
}

function render(assessment: Assessment, lang: Lang) {
  const t = makeTranslate(strings[lang], lang);
  const names = buildNames(model, assessment, lang, t);
  const analysis = analyse(model, assessment);
  return {
    analysis,
    names,
    raci: renderRaciCsv(analysis, names, t, lang),
    answers: (texts = {}) => renderAnswersCsv(analysis, assessment.notes, names, texts, t),
  };
}

describe('the RACI matrix as CSV', () => {
  it('has a row per activity and a column per team, headed in the page language', () => {
    const bank = example('bank-fragmented');
    for (const lang of ['en', 'ar'] as const) {
      const rows = rowsOf(render(bank, lang).raci);
      expect(rows).toHaveLength(model.activities.length + 1);
      expect(rows[0]?.slice(0, 4)).toEqual(
        ['csv.id', 'csv.stage', 'csv.activity', 'csv.status'].map((k) => strings[lang][k]),
      );
      expect(rows[0]).toHaveLength(bank.teams.length + 5);
      expect(rows[1]?.[0]).toBe(model.activities[0]?.id);
      expect(rows[1]?.[2]).toBe(model.activities[0]?.name[lang]);
    }
  });

  it('writes the letters and flags the analysis resolved for each activity', () => {
    const bank = example('bank-fragmented');
    const { raci, analysis, names } = render(bank, 'en');
    const rows = rowsOf(raci);
    for (const [i, activity] of model.activities.entries()) {
      const result = analysis.activities[activity.id];
      const row = rows[i + 1] ?? [];
      names.teams.forEach((team, j) => {
        const letters = (['R', 'A', 'C', 'I'] as const).filter((l) =>
          ({
            R: result?.responsible,
            A: result?.accountable,
            C: result?.consulted,
            I: result?.informed,
          })[l]?.includes(team.id),
        );
        expect(row[4 + j], `${activity.id} ${team.id}`).toBe(letters.join(''));
      });
      const flags = (result?.flagDetails ?? []).map((f) => f.name.en).join('; ');
      expect(row.at(-1)).toBe(flags);
    }
  });

  it('says in words when an activity is unanswered, unknown or out of scope', () => {
    const a: Assessment = {
      ...example('bank-fragmented'),
      raci: { 'data.source': 'unknown' },
      responses: [],
      outOfScope: { stages: ['incidents'], dimensions: [] },
    };
    const rows = rowsOf(render(a, 'ar').raci);
    const status = (id: string) => rows.find((row) => row[0] === id)?.[3];
    expect(status('data.source')).toBe(ar['csv.status.unknown']);
    expect(status('data.quality')).toBe(ar['csv.status.unanswered']);
    expect(status('incidents.crisis')).toBe(ar['csv.status.out-of-scope']);
  });

  it('neutralises a hostile team name in the header', () => {
    const bank = example('bank-fragmented');
    const hostile = {
      ...bank,
      teams: bank.teams.map((team, i) =>
        i === 0 ? { ...team, name: '=HYPERLINK("http://x")' } : team,
      ),
    };
    const header = rowsOf(render(hostile, 'en').raci)[0] ?? [];
    expect(header[4]).toBe(`'=HYPERLINK("http://x")`);
  });
});

describe('the answers as CSV', () => {
  it('has a row per question, then one per activity with a note', () => {
    const bank = example('bank-fragmented');
    const rows = rowsOf(render(bank, 'en').answers());
    const activityNotes = model.activities.filter((a) => bank.notes[a.id] !== undefined);
    expect(rows).toHaveLength(1 + model.questions.length + activityNotes.length);
    expect(rows[0]).toEqual(
      ['csv.id', 'csv.section', 'csv.text', 'csv.level', 'csv.answer', 'csv.note'].map(
        (k) => en[k as keyof typeof en],
      ),
    );
    expect(rows.slice(1 + model.questions.length).map((row) => row[0])).toEqual(
      activityNotes.map((a) => a.id),
    );
  });

  it('writes the level, the answer text and the note of each question', () => {
    const base = example('bank-fragmented');
    const a: Assessment = {
      ...base,
      maturity: { 'review.timing': 2, 'data.truth': 'unknown' },
      notes: { 'review.timing': 'Sampled, "after" sending' },
      responses: [],
    };
    const texts = { 'review.timing': ['one', 'two', 'three', 'four', 'five'] };
    const rows = rowsOf(render(a, 'en').answers(texts));
    const row = (id: string) => rows.find((r) => r[0] === id);
    expect(row('review.timing')?.slice(3)).toEqual(['2', 'two', 'Sampled, "after" sending']);
    expect(row('data.truth')?.slice(3)).toEqual(['', "Don't know", '']);
    expect(row('data.checks')?.slice(3, 5)).toEqual(['', 'Unanswered']);
  });

  it('gives a noted activity its letters by team, or its status in words', () => {
    const base = example('bank-fragmented');
    const a: Assessment = {
      ...base,
      raci: { 'review.approve': { [base.teams[0]?.id ?? '']: 'AR' }, 'data.source': {} },
      notes: { 'review.approve': 'x', 'data.source': 'y', 'data.quality': 'z' },
      responses: [],
    };
    const { answers, names } = render(a, 'en');
    const rows = rowsOf(answers());
    const row = (id: string) => rows.find((r) => r[0] === id);
    expect(row('review.approve')?.[4]).toBe(`${names.teams[0]?.label}: RA`);
    expect(row('data.source')?.[4]).toBe('No one');
    expect(row('data.quality')?.[4]).toBe('Unanswered');
  });

  it('writes the option text of the level in the page language', () => {
    const base = example('gulf-islamic-bank');
    const a: Assessment = { ...base, maturity: { 'review.timing': 4 }, responses: [] };
    const question = model.questions.find((q) => q.id === 'review.timing');
    for (const lang of ['en', 'ar'] as const) {
      const rows = rowsOf(render(a, lang).answers(answerTexts(model, lang)));
      expect(rows.find((r) => r[0] === 'review.timing')?.slice(2, 5)).toEqual([
        question?.text[lang],
        '4',
        question?.options[3]?.text[lang],
      ]);
    }
  });

  it('gives a workshop median between two levels no words (neither level was answered)', () => {
    const texts = answerTexts(model, 'en');
    const options = model.questions.find((q) => q.id === 'review.timing')?.options;
    expect(answerWords(texts, 'review.timing', 2)).toBe(options?.[1]?.text.en);
    expect(answerWords(texts, 'review.timing', 2.5)).toBeUndefined();
    expect(answerWords(texts, 'review.timing', undefined)).toBeUndefined();
  });
});

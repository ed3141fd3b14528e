import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../domain/schemas/problems';
import { parseAssessment } from '../domain/schemas/parse-assessment';
import { brokenAssessment } from '../domain/testing/broken-assessments';
import ar from '../i18n/ar.json';
import en from '../i18n/en.json';
import type { Lang } from '../i18n';
import { makeTranslate } from './i18n-client';
import { loadModel } from './model/load-model';
import { describeProblem } from './problem-text';

const model = loadModel();
const translate = { en: makeTranslate(en, 'en'), ar: makeTranslate(ar, 'ar') };
const shown = (lang: Lang, problem: Problem): string =>
  describeProblem(translate[lang], lang, problem)
    .map((piece) => piece.text)
    .join('');

/** The words of a shown problem, without the values quoted from the file. */
const ownWords = (problem: Problem, text: string): string => {
  let words = text;
  for (const value of Object.values(problem.params ?? {}))
    if (typeof value === 'string' && value !== '') words = words.replaceAll(value, '');
  return words.replaceAll(problem.path, '');
};

// The names valibot gives the kinds of value (`string`, `Object`…), not words a reader uses.
const TYPE_NAMES = /\b(?:string|boolean|Object|Array|undefined|null|NaN|bigint|symbol)\b/;
const BARE_NUMBER = /(?<!\ba |whole )\bnumber\b/;

/** What is wrong with how a problem reads, or nothing. */
function faultsOf(problem: Problem): string[] {
  const faults: string[] = [];
  for (const lang of ['en', 'ar'] as const) {
    const text = shown(lang, problem);
    const words = ownWords(problem, text);
    if (text.includes(lang === 'en' ? en['problem.value'].slice(8) : ar['problem.value'].slice(8)))
      faults.push(`${lang}: says only "not allowed": ${text}`);
    if (TYPE_NAMES.test(words) || (lang === 'en' ? BARE_NUMBER : /\bnumber\b/).test(words))
      faults.push(`${lang}: names a programming type: ${text}`);
    if (/\{\w+\}/.test(words)) faults.push(`${lang}: a placeholder is left unfilled: ${text}`);
    if (/problem\.[\w.-]+/.test(text)) faults.push(`${lang}: shows a string key: ${text}`);
  }
  return faults;
}

describe('every refusal of a broken assessment, in both languages', () => {
  it('says what was expected, never only "not allowed", never a type name, every placeholder filled', () => {
    const codes = new Map<string, number>();
    fc.assert(
      fc.property(brokenAssessment, (doc) => {
        const result = parseAssessment(doc, model);
        if (result.ok) return;
        for (const problem of result.problems) {
          codes.set(problem.code, (codes.get(problem.code) ?? 0) + 1);
          expect(faultsOf(problem)).toEqual([]);
          const said = problem.message.replace(/,? found .*$/s, '');
          expect(said).not.toMatch(TYPE_NAMES);
          expect(said).not.toMatch(/^Invalid /);
        }
      }),
      { numRuns: 1500 },
    );
    // The generator reaches the checks that used to say only "not allowed".
    for (const code of ['pattern', 'too-long', 'expected-text', 'expected-object', 'choice'])
      expect(codes.get(code), code).toBeGreaterThan(0);
    expect(codes.has('value') || codes.has('type') || codes.has('rule')).toBe(false);
  }, 60_000);
});

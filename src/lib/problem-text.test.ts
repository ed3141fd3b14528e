import { describe, expect, it } from 'vitest';
import ar from '../i18n/ar.json';
import en from '../i18n/en.json';
import type { Lang } from '../i18n';
import type { Problem } from '../domain/schemas/problems';
import { describeProblem } from './problem-text';
import { makeTranslate } from './i18n-client';

const FSI = '\u2068';
const PDI = '\u2069';
const translate = { en: makeTranslate(en, 'en'), ar: makeTranslate(ar, 'ar') };
const describe_ = (lang: Lang, problem: Problem) => describeProblem(translate[lang], lang, problem);
const line = (lang: Lang, problem: Problem) =>
  describe_(lang, problem)
    .map((piece) => piece.text)
    .join('');

const piracy: Problem = {
  path: 'organisation.sector',
  message: '"piracy" is not one of the allowed values: "banking", "telecom"',
  code: 'choice',
  params: { received: 'piracy' },
  choices: { values: ['banking', 'telecom'], labels: 'sector' },
};

describe('describing a problem', () => {
  it('sets the path apart, for the page to put in its own <bdi>', () => {
    expect(describe_('ar', piracy)[0]).toEqual({
      text: 'organisation.sector',
      placeholder: 'path',
    });
  });

  it('lists the allowed values by their names in Arabic, and quotes the refused value with guillemets', () => {
    expect(line('ar', piracy)).toBe(
      `organisation.sector: القيمة «${FSI}piracy${PDI}» ليست من القيم المسموح بها (${ar['sector.banking']}، ${ar['sector.telecom']}).`,
    );
  });

  it('lists the allowed values by their names in English too', () => {
    expect(line('en', piracy)).toBe(
      'organisation.sector: “piracy” is not one of the allowed values (Banking, Telecommunications).',
    );
  });

  it('quotes allowed values that have no name, each isolated on its own in Arabic', () => {
    const problem: Problem = {
      ...piracy,
      code: 'expected-choice',
      params: {},
      choices: { values: ['ccm-assessment'] },
    };
    expect(line('en', problem)).toBe(
      'organisation.sector: expected one of the allowed values (“ccm-assessment”).',
    );
    expect(line('ar', problem)).toContain(`(«${FSI}ccm-assessment${PDI}»)`);
  });

  it("describes a pattern in the reader's language with its example", () => {
    const problem: Problem = {
      path: 'period',
      message: 'must look like 2026-Q4, found "2026-Q5"',
      code: 'pattern',
      params: { pattern: 'period', example: '2026-Q4', received: '2026-Q5' },
    };
    expect(line('en', problem)).toBe(
      'period: expected a quarter written YYYY-Qn, such as 2026-Q4; found “2026-Q5”.',
    );
    expect(line('ar', problem)).toBe(
      `period: المتوقَّع: ربع سنة يُكتب بالسنة ثم شرطة ثم الحرف Q ورقم الربع، مثل ${FSI}2026-Q4${PDI}. القيمة الموجودة: «${FSI}2026-Q5${PDI}».`,
    );
  });

  it('names the file itself when the problem has no path', () => {
    const problem: Problem = { path: '', message: 'is missing', code: 'missing' };
    expect(describe_('ar', problem)[0]).toEqual({ text: 'الملف', placeholder: 'path' });
  });

  it('isolates Latin values in Arabic but leaves Arabic words alone', () => {
    const problem: Problem = {
      path: 'modelVersion',
      message: 'unknown model',
      code: 'unknown-model',
      params: { found: '2020.1', supported: '2026.2' },
    };
    expect(line('ar', problem)).toContain(`بإصدار النموذج ${FSI}2020.1${PDI}،`);
    expect(line('en', problem)).not.toContain(FSI);
  });
});

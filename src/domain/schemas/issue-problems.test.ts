import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { RaciAnswerSchema } from './assessment';
import { problemsFromIssues } from './problems';

const problemsOf = (schema: v.GenericSchema, input: unknown) => {
  const result = v.safeParse(schema, input);
  return result.success ? [] : problemsFromIssues(result.issues);
};

describe('turning a checker issue into a problem', () => {
  it('gives the size and the bound of a list that is too short or too long', () => {
    const list = v.pipe(v.array(v.string()), v.minLength(2), v.maxLength(3));
    expect(problemsOf(list, ['a'])).toMatchObject([
      {
        code: 'too-few',
        params: { min: 2, count: 1 },
        message: 'has 1 item; at least 2 expected',
      },
    ]);
    expect(problemsOf(list, ['a', 'b', 'c', 'd'])).toMatchObject([
      { code: 'too-many', params: { max: 3, count: 4 } },
    ]);
  });

  it('reports the problem inside a RACI answer given as an object, not "none of the choices fits"', () => {
    expect(problemsOf(v.object({ raci: RaciAnswerSchema }), { raci: { ccm: 5 } })).toMatchObject([
      { path: 'raci.ccm', code: 'expected-text' },
    ]);
    expect(problemsOf(v.object({ raci: RaciAnswerSchema }), { raci: 'often' })).toMatchObject([
      { path: 'raci', code: 'expected-raci', params: { unknown: 'unknown' } },
    ]);
  });

  it('keeps one problem at its own path for a union of structures that cannot tell which was meant', () => {
    const either = v.union([v.strictObject({ a: v.string() }), v.strictObject({ b: v.number() })]);
    expect(problemsOf(either, { c: 1 })).toHaveLength(1);
  });

  it('cuts a long key in a path to 80 characters', () => {
    const [problem] = problemsOf(v.record(v.string(), v.number()), { ['k'.repeat(500)]: 'x' });
    expect(problem?.path).toBe(`["${'k'.repeat(80)}…"]`);
  });

  it('cuts a long value it quotes to 80 characters, and says its length in English', () => {
    const [problem] = problemsOf(v.picklist(['a', 'b']), 'z'.repeat(300));
    expect(problem?.params).toEqual({ received: `${'z'.repeat(80)}…` });
    expect(problem?.choices).toEqual({ values: ['a', 'b'] });
  });

  it("falls back to the schema's own words for a pattern it has no description of", () => {
    const code = v.pipe(v.string(), v.regex(/^x+$/, 'must be made of x'));
    expect(problemsOf(code, 'y')).toMatchObject([
      { code: 'rule', message: 'must be made of x, found "y"' },
    ]);
  });
});

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import shipped from '../../../data/consistency.json';
import { loadShippedModel } from '../roadmap/shipped-model';
import { buildModel } from '../testing/fixtures';
import { checkConsistencyRules, ConsistencyRulesSchema } from './consistency';
import { parseModel } from './parse-model';
import { formatProblems, ProblemError, problemsFromIssues } from './problems';

const text = { en: 'Why', ar: 'لماذا' };
const rule = (conditions: unknown[], id = 'a-rule') => ({ id, conditions, text });

/** The problems the schema finds in one rule, as `path: message`. */
function schemaProblems(conditions: unknown[]): string[] {
  const result = v.safeParse(ConsistencyRulesSchema, [rule(conditions)]);
  return result.success
    ? []
    : problemsFromIssues(result.issues).map((p) => `${p.path}: ${p.message}`);
}

describe('the consistency rules schema', () => {
  it('accepts the rules in data/consistency.json', () => {
    const result = v.safeParse(ConsistencyRulesSchema, shipped.consistency);
    expect(result.issues && problemsFromIssues(result.issues)).toBeUndefined();
  });

  it('accepts answer bounds and RACI facts on an activity, a stage or any activity', () => {
    expect(
      schemaProblems([
        { question: 'review.timing', atLeast: 3, atMost: 4 },
        { activity: 'review.approve', raci: ['no-accountable', 'no-responsible'] },
        { stage: 'review', raci: ['several-accountable'] },
        { raci: ['no-accountable'] },
      ]),
    ).toEqual([]);
  });

  it('refuses a rule with a single condition: nothing can contradict itself', () => {
    expect(schemaProblems([{ question: 'review.timing', atLeast: 3 }])).toEqual([
      '[0].conditions: needs two conditions or more: a rule names answers that cannot all hold',
    ]);
  });

  it('refuses an answer condition without bounds, or with bounds the wrong way round', () => {
    expect(
      schemaProblems([
        { question: 'review.timing' },
        { question: 'review.regulated', atLeast: 4, atMost: 2 },
      ]),
    ).toEqual([
      '[0].conditions[0]: needs "atLeast", "atMost" or both',
      '[0].conditions[1]: "atLeast" must not be above "atMost"',
    ]);
  });

  it('names the path of a level outside 1 to 5 and of an unknown RACI fact', () => {
    const problems = schemaProblems([
      { question: 'review.timing', atLeast: 6 },
      { activity: 'review.approve', raci: ['orphan'] },
    ]);
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      '[0].conditions[0].atLeast',
      '[0].conditions[1].raci[0]',
    ]);
  });

  it('refuses a RACI condition naming both an activity and a stage, or no fact', () => {
    expect(
      schemaProblems([
        { activity: 'review.approve', stage: 'review', raci: ['no-accountable'] },
        { activity: 'review.approve', raci: [] },
      ]),
    ).toEqual([
      '[0].conditions[0]: names an activity or a stage, not both',
      '[0].conditions[1].raci: names no RACI fact',
    ]);
  });

  it('refuses unknown keys in a condition, so a misspelt bound does not pass silently', () => {
    expect(
      schemaProblems([{ question: 'review.timing', atleast: 3 }, { raci: ['no-accountable'] }])[0],
    ).toMatch(/^\[0\]\.conditions\[0\]\.atleast: /);
  });
});

describe('checking the rules against the model', () => {
  const model = buildModel();

  it('finds nothing wrong with the shipped rules and model', () => {
    const shippedModel = loadShippedModel();
    expect(checkConsistencyRules(shippedModel.consistency ?? [], shippedModel)).toEqual([]);
    expect(shippedModel.consistency?.length).toBeGreaterThanOrEqual(8);
  });

  it('names every unknown question, activity and stage by its path', () => {
    const rules = v.parse(ConsistencyRulesSchema, [
      rule([
        { question: 'review.timing', atLeast: 3 },
        { question: 'review.when', atMost: 1 },
      ]),
      rule(
        [
          { activity: 'review.aprove', raci: ['no-accountable'] },
          { stage: 'delivery', raci: ['no-responsible'] },
        ],
        'another',
      ),
    ]);
    expect(formatProblems(checkConsistencyRules(rules, model))).toBe(
      [
        'consistency[0].conditions[1].question: "review.when" is not a question id',
        'consistency[1].conditions[0].activity: "review.aprove" is not an activity id',
        'consistency[1].conditions[1].stage: "delivery" is not a stage id',
      ].join('\n'),
    );
  });

  it('refuses a rule id used twice', () => {
    const twice = rule([{ question: 'review.timing', atLeast: 3 }, { raci: ['no-accountable'] }]);
    const rules = v.parse(ConsistencyRulesSchema, [twice, twice]);
    expect(checkConsistencyRules(rules, model)).toEqual([
      { path: 'consistency[1].id', code: 'duplicate', message: '"a-rule" is used twice' },
    ]);
  });

  it('makes reading the model fail with the file and path of an unknown id', () => {
    const shippedModel = loadShippedModel();
    const broken = {
      consistency: [
        rule([
          { question: 'review.regulation', atLeast: 3 },
          { activity: 'review.aprove', raci: ['no-accountable'] },
        ]),
      ],
    };
    const { consistency: _, ...rest } = shippedModel;
    let error: unknown;
    try {
      parseModel([
        { file: 'data/model.json', data: rest },
        { file: 'data/consistency.json', data: broken },
      ]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).problems).toEqual([
      {
        file: 'data/consistency.json',
        path: 'consistency[0].conditions[1].activity',
        code: 'unknown-ref',
        message: '"review.aprove" is not an activity id',
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseModel } from './parse-model';
import { ProblemError } from './problems';
import flags from '../../../data/flags.json';

const text = (en: string) => ({ en, ar: 'نص' });
const option = (level: number) => ({ level, text: text(`level ${level}`) });
const minimal = () => ({
  version: 't',
  controlFunction: 'ccm',
  sponsor: 'ccm',
  contactCentre: 'ccm',
  targets: { default: { review: 3 } },
  levels: [1, 2, 3, 4, 5].map((level) => ({ level, name: text('n'), summary: text('s') })),
  stages: ['data', 'triggers', 'content', 'review'].map((id) => ({ id, name: text(id) })),
  activities: ['data', 'triggers', 'content', 'review'].map((s) => ({
    id: `${s}.one`,
    stage: s,
    name: text(s),
    ...(s === 'review' ? { preSend: true } : {}),
    ...(s === 'content' ? { frontLine: true } : {}),
  })) as {
    id: string;
    stage: string;
    name: { en: string; ar: string };
    preSend?: boolean;
    frontLine?: boolean;
  }[],
  teams: [{ id: 'ccm', name: text('CCM') }],
  dimensions: [{ id: 'review', name: text('Review') }],
  risk: {
    impact: Object.fromEntries(
      ['data', 'triggers', 'content', 'review'].map((s) => [
        s,
        { operational: 2, regulatory: 2, reputational: 2, customer: 2 },
      ]),
    ),
    stageDimensions: Object.fromEntries(
      ['data', 'triggers', 'content', 'review'].map((s) => [s, ['review']]),
    ),
  },
  actions: [] as { id: string }[],
  flags: flags.flags,
  questions: [
    {
      id: 'review.timing',
      dimension: 'review',
      text: text('When?'),
      options: [1, 2, 3, 4, 5].map(option),
    },
  ],
});

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ProblemError)
      return error.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('reading the model', () => {
  it('accepts a model split across files', () => {
    const { questions, ...rest } = minimal();
    const model = parseModel([
      { file: 'data/model.json', data: rest },
      { file: 'data/questions.json', data: { questions } },
    ]);
    expect(model.questions[0]?.id).toBe('review.timing');
  });

  it('names the file, the path and the problem for a question with four options', () => {
    const { questions, ...rest } = minimal();
    const broken = { questions: [{ ...questions[0], options: questions[0]?.options.slice(0, 4) }] };
    expect(
      problemsOf(() =>
        parseModel([
          { file: 'data/model.json', data: rest },
          { file: 'data/questions.json', data: broken },
        ]),
      ),
    ).toEqual(['data/questions.json: questions[0].options: needs exactly 5 options']);
  });

  it('names an empty Arabic text by its path', () => {
    const m = minimal();
    m.stages[1] = { id: 'triggers', name: { en: 'Triggers', ar: ' ' } };
    expect(problemsOf(() => parseModel([{ file: 'm.json', data: m }]))).toEqual([
      'm.json: stages[1].name.ar: is empty',
    ]);
  });

  it('refuses a key defined in two files', () => {
    const m = minimal();
    expect(
      problemsOf(() =>
        parseModel([
          { file: 'a.json', data: m },
          { file: 'b.json', data: { version: 'x' } },
        ]),
      ),
    ).toEqual(['b.json: version: is also defined in a.json']);
  });

  it('checks references between parts of the model', () => {
    const m = minimal();
    m.activities.push({ id: 'delivery.x', stage: 'delivery', name: text('x') });
    m.questions[0] = { ...m.questions[0]!, id: 'review.when' };
    expect(problemsOf(() => parseModel([{ file: 'm.json', data: m }]))).toEqual([
      'm.json: activities[4].stage: "delivery" is not a stage id',
      'm.json: questions: must include the question "review.timing"',
    ]);
  });

  it('requires the four stages the product always asks about', () => {
    const m = minimal();
    m.stages = m.stages.filter((s) => s.id !== 'review');
    m.activities = m.activities.filter((a) => a.stage !== 'review');
    expect(problemsOf(() => parseModel([{ file: 'm.json', data: m }]))).toContain(
      'm.json: stages: must include the stage "review"',
    );
  });

  it('requires a sponsor team, a target for every dimension and a pre-send control', () => {
    const m = { ...minimal(), sponsor: 'board', targets: { default: { reveiw: 3 } } };
    m.activities = m.activities.map(({ preSend: _preSend, ...a }) => a);
    expect(problemsOf(() => parseModel([{ file: 'm.json', data: m }]))).toEqual([
      'm.json: sponsor: "board" is not a team id',
      'm.json: targets.default.reveiw: "reveiw" is not a dimension id',
      'm.json: targets.default.review: is missing: every dimension needs a target',
      'm.json: activities: must mark at least one activity as a pre-send control ("preSend": true)',
    ]);
  });

  it('requires a contact-centre team and an activity the front line must know about', () => {
    const m = { ...minimal(), contactCentre: 'call-centre' };
    m.activities = m.activities.map(({ frontLine: _frontLine, ...a }) => a);
    expect(problemsOf(() => parseModel([{ file: 'm.json', data: m }]))).toEqual([
      'm.json: contactCentre: "call-centre" is not a team id',
      'm.json: activities: must mark at least one activity the front line must know about ("frontLine": true)',
    ]);
  });

  it('fills in the default capacity of each phase when the model sets none', () => {
    expect(parseModel([{ file: 'm.json', data: minimal() }]).capacity).toEqual({
      stabilise: 12,
      standardise: 12,
      centralise: 24,
      optimise: 48,
    });
  });

  it('refuses unknown keys so typos do not pass silently', () => {
    expect(
      problemsOf(() => parseModel([{ file: 'm.json', data: { ...minimal(), stagez: [] } }]))[0],
    ).toMatch(/^m\.json: stagez: /);
  });
});

import { describe, expect, it } from 'vitest';
import type { Condition } from '../schemas/action';
import { collectStageFlags, evaluateCondition, type ConditionContext } from './conditions';

const ctx: ConditionContext = {
  organisation: {
    name: 'Bank',
    sector: 'banking',
    regulated: true,
    channels: ['sms', 'email', 'app'],
    volume: '1m-10m',
    languages: ['ar', 'en-GB'],
  },
  dimensions: {
    review: { score: 1.5, inScope: true },
    content: { score: 3, inScope: true },
    feedback: { score: null, inScope: true },
    centricity: { score: null, inScope: false },
  },
  stageFlags: { review: ['reactive-control', 'orphaned'], content: ['diffuse'], data: [] },
  coverage: 0.25,
};

const holds = (c: Condition, context = ctx): boolean => evaluateCondition(c, context);

describe('evaluateCondition', () => {
  it('finds a flag anywhere in the lifecycle, or only in the stage it names', () => {
    expect(holds({ flag: 'orphaned' })).toBe(true);
    expect(holds({ flag: 'orphaned', stage: 'review' })).toBe(true);
    expect(holds({ flag: 'orphaned', stage: 'content' })).toBe(false);
    expect(holds({ flag: 'contested' })).toBe(false);
  });

  it('compares a dimension score with below and atLeast', () => {
    expect(holds({ dimension: 'review', below: 2 })).toBe(true);
    expect(holds({ dimension: 'content', below: 3 })).toBe(false);
    expect(holds({ dimension: 'content', atLeast: 3 })).toBe(true);
  });

  it('takes an unknown dimension as level 2', () => {
    expect(holds({ dimension: 'feedback', below: 3 })).toBe(true);
    expect(holds({ dimension: 'feedback', below: 2 })).toBe(false);
    expect(holds({ dimension: 'feedback', atLeast: 2 })).toBe(true);
  });

  it('takes a dimension the analysis lacks as unknown, so level 2', () => {
    expect(holds({ dimension: 'delivery', below: 2.5 })).toBe(true);
  });

  it('never holds a test on an out-of-scope dimension', () => {
    expect(holds({ dimension: 'centricity', below: 5 })).toBe(false);
    expect(holds({ dimension: 'centricity', atLeast: 1 })).toBe(false);
  });

  it('matches the sector against a list', () => {
    expect(holds({ sector: ['banking', 'insurance'] })).toBe(true);
    expect(holds({ sector: ['government'] })).toBe(false);
  });

  it('matches regulated true and false', () => {
    expect(holds({ regulated: true })).toBe(true);
    expect(holds({ regulated: false })).toBe(false);
  });

  it('counts channels and finds a channel in use', () => {
    expect(holds({ channelsAtLeast: 3 })).toBe(true);
    expect(holds({ channelsAtLeast: 4 })).toBe(false);
    expect(holds({ channel: ['phone', 'app'] })).toBe(true);
    expect(holds({ channel: ['social'] })).toBe(false);
  });

  it('compares volume bands in order: 1m-10m is at least 100k-1m but not >10m', () => {
    expect(holds({ volumeAtLeast: '100k-1m' })).toBe(true);
    expect(holds({ volumeAtLeast: '1m-10m' })).toBe(true);
    expect(holds({ volumeAtLeast: '>10m' })).toBe(false);
  });

  it('compares control-function coverage, taking unknown coverage as none', () => {
    expect(holds({ coverageBelow: 0.5 })).toBe(true);
    expect(holds({ coverageBelow: 0.25 })).toBe(false);
    expect(holds({ coverageBelow: 0.01 }, { ...ctx, coverage: null })).toBe(true);
  });

  it('counts languages by their primary code, so en and en-GB are one', () => {
    expect(holds({ languagesAtLeast: 2 })).toBe(true);
    const one = { ...ctx, organisation: { ...ctx.organisation, languages: ['en', 'en-GB'] } };
    expect(holds({ languagesAtLeast: 2 }, one)).toBe(false);
  });

  it('combines with all, any and not', () => {
    expect(holds({ all: [{ regulated: true }, { flag: 'reactive-control' }] })).toBe(true);
    expect(holds({ all: [{ regulated: true }, { flag: 'contested' }] })).toBe(false);
    expect(holds({ any: [{ flag: 'contested' }, { sector: ['banking'] }] })).toBe(true);
    expect(holds({ not: { sector: ['banking'] } })).toBe(false);
    expect(
      holds({
        any: [
          { not: { always: true } },
          { all: [{ channelsAtLeast: 2 }, { not: { flag: 'no-doer' } }] },
        ],
      }),
    ).toBe(true);
  });

  it('always holds `always`', () => {
    expect(holds({ always: true })).toBe(true);
  });
});

describe('collectStageFlags', () => {
  it('gathers each stage’s flags once, in activity order, skipping out-of-scope activities', () => {
    const model = {
      activities: [
        { id: 'review.approve', stage: 'review', name: { en: 'a', ar: 'أ' } },
        { id: 'review.periodic', stage: 'review', name: { en: 'b', ar: 'ب' } },
        { id: 'content.author', stage: 'content', name: { en: 'c', ar: 'ج' } },
      ],
    };
    const flags = collectStageFlags(model, {
      'review.approve': { flags: ['orphaned', 'no-doer'], status: 'answered' },
      'review.periodic': { flags: ['orphaned', 'contested'], status: 'answered' },
      'content.author': { flags: ['diffuse'], status: 'out-of-scope' },
    });
    expect(flags).toEqual({ review: ['orphaned', 'no-doer', 'contested'] });
  });
});

import { describe, expect, it } from 'vitest';
import { buildAssessment, OUT_OF_SCOPE_CELL } from '../testing/fixtures';
import { buildHeatmap, makeRiskTotal, type HeatmapInput, type ScoredCell } from './heatmap';

import { buildRiskModel } from './test-model';

const sumRiskScores = (input: HeatmapInput): number => makeRiskTotal(input)(input);

const model = buildRiskModel();

/** Test Bank: banking, regulated, one channel, 100k-1m messages a month. */
function input(overrides: Partial<HeatmapInput> = {}): HeatmapInput {
  return {
    model,
    assessment: buildAssessment(),
    dimensions: {
      ownership: { score: 2, confidence: 1, inScope: true },
      review: { score: 1, confidence: 0.5, inScope: true },
      data: { score: null, confidence: 0, inScope: true },
    },
    activities: {
      'review.approve': { flags: ['orphaned', 'reactive-control'], status: 'answered' },
      'review.periodic': { flags: [], status: 'answered' },
      'data.source': { flags: ['blind-spot'], status: 'unknown' },
    },
    ...overrides,
  };
}

const scored = (cell: unknown): ScoredCell => {
  const c = cell as ScoredCell;
  expect(c.outOfScope).toBe(false);
  return c;
};

describe('buildHeatmap', () => {
  it('rates review on a continuous scale: maturity 1.5 gives 3.625, orphaned and reactive control on 1 of 2 activities add 0.5 and 0.375', () => {
    const row = buildHeatmap(input())['review'];
    const regulatory = scored(row?.regulatory);
    expect(regulatory).toMatchObject({
      unknown: false,
      likelihood: 4.5,
      impact: 5,
      score: 22.5,
      band: 'critical',
    });
    expect(regulatory.drivers.map((d) => [d.kind, d.points])).toEqual([
      ['maturity', 3.625],
      ['flag', 0.5],
      ['flag', 0.375],
      ['base-impact', 4],
      ['profile', 1],
    ]);
    expect(scored(row?.operational)).toMatchObject({ impact: 2, score: 9, band: 'medium' });
    expect(scored(row?.reputational)).toMatchObject({ impact: 3, score: 13.5, band: 'high' });
  });

  it('rates data from ownership alone when the data dimension is unknown, and lists the unknown dimension', () => {
    const cell = scored(buildHeatmap(input())['data']?.regulatory);
    expect(cell).toMatchObject({ likelihood: 3.5, impact: 5, score: 17.5, band: 'critical' });
    expect(cell.drivers[0]).toMatchObject({
      kind: 'maturity',
      maturity: 2,
      unknownDimensions: ['data'],
    });
    expect(cell.drivers[1]).toMatchObject({ kind: 'flag', flag: 'blind-spot', points: 0.25 });
  });

  it('leaves a stage with no scored dimension unknown: impact and reasons, but no likelihood, score or band', () => {
    const dimensions = { ownership: { score: null, confidence: 0, inScope: true } };
    const cell = buildHeatmap(input({ dimensions }))['triggers']?.operational;
    expect(cell).toMatchObject({
      outOfScope: false,
      unknown: true,
      likelihood: null,
      impact: 4,
      score: null,
      band: null,
      unanswered: 1,
    });
    expect(cell?.drivers.map((d) => d.kind)).toEqual(['unknown-maturity', 'base-impact']);
    expect(cell?.drivers[0]).toMatchObject({ stage: 'triggers', dimensions: ['ownership'] });
  });

  it('leaves a stage unknown, never at level 2, when its dimensions are all out of scope', () => {
    const dimensions = { ownership: { score: null, confidence: 0, inScope: false } };
    const cell = buildHeatmap(input({ dimensions }))['content']?.customer;
    expect(cell).toMatchObject({ unknown: true, score: null });
    expect(cell?.drivers[0]?.text.en).toContain('none of its dimensions is in scope');
  });

  it('rates a level-1 stage with every activity orphaned above one with an owner everywhere, which is below the cap', () => {
    const dimensions = {
      ownership: { score: 1, confidence: 1, inScope: true },
      review: { score: 1, confidence: 1, inScope: true },
    };
    const owned = { flags: [], status: 'answered' as const };
    const orphaned = { flags: ['orphaned' as const], status: 'answered' as const };
    const withOwners = buildHeatmap(
      input({ dimensions, activities: { 'review.approve': owned, 'review.periodic': owned } }),
    )['review']?.regulatory;
    const withoutOwners = buildHeatmap(
      input({
        dimensions,
        activities: { 'review.approve': orphaned, 'review.periodic': orphaned },
      }),
    )['review']?.regulatory;
    expect(withOwners?.likelihood).toBe(4);
    expect(withoutOwners?.likelihood).toBe(5);
    expect(withoutOwners?.score ?? 0).toBeGreaterThan(withOwners?.score ?? 0);
  });

  it('shares out the unanswered inputs: data has 3 of 4 unanswered, review 0.5 of 4', () => {
    const heatmap = buildHeatmap(input());
    expect(heatmap['data']?.customer.unanswered).toBe(0.75);
    expect(heatmap['review']?.customer.unanswered).toBe(0.125);
  });

  it('marks an out-of-scope stage and scores none of its cells', () => {
    const assessment = buildAssessment({ outOfScope: { stages: ['content'], dimensions: [] } });
    const row = buildHeatmap(input({ assessment }))['content'];
    expect(row?.customer).toEqual(OUT_OF_SCOPE_CELL);
  });

  it('adds the government, volume and channel factors to their own categories', () => {
    const organisation = {
      name: 'Agency',
      sector: 'government' as const,
      regulated: false,
      channels: ['sms', 'email', 'app', 'web', 'phone'] as const,
      volume: '>10m' as const,
      languages: ['ar'],
    };
    const row = buildHeatmap(
      input({
        assessment: buildAssessment({
          organisation: { ...organisation, channels: [...organisation.channels] },
        }),
      }),
    )['triggers'];
    expect(row?.operational.impact).toBe(5);
    expect(row?.regulatory.impact).toBe(3);
    expect(row?.reputational.impact).toBe(3);
    expect(row?.customer.impact).toBe(5);
  });

  it('explains every driver in both languages, flags with the share of the stage they touch', () => {
    const cell = scored(buildHeatmap(input())['review']?.regulatory);
    expect(cell.drivers[1]?.text.en).toBe(
      'Orphaned on 1 of 2 activities: +0.5 likelihood (review.approve)',
    );
    expect(cell.drivers.every((d) => d.text.en.length > 0 && d.text.ar.length > 0)).toBe(true);
  });

  it('lists the stages in lifecycle order and the categories in column order', () => {
    const heatmap = buildHeatmap(input());
    expect(Object.keys(heatmap)).toEqual(['data', 'triggers', 'content', 'review']);
    expect(Object.keys(heatmap['data'] ?? {})).toEqual([
      'operational',
      'regulatory',
      'reputational',
      'customer',
    ]);
  });

  it('refuses a model without a risk section', () => {
    const { risk: _risk, ...bare } = model;
    expect(() => buildHeatmap(input({ model: bare }))).toThrow(/risk section/);
  });
});

describe('makeRiskTotal', () => {
  it('adds up the scores of every scored cell', () => {
    const heatmap = buildHeatmap(input());
    const cells = Object.values(heatmap).flatMap((row) => Object.values(row));
    expect(sumRiskScores(input())).toBe(cells.reduce((s, c) => s + (c.score ?? 0), 0));
  });

  it('adds nothing for unknown stages: without ownership answers only review counts', () => {
    const known = sumRiskScores(input());
    const withoutOwnership = input({
      dimensions: {
        ownership: { score: null, confidence: 0, inScope: true },
        review: { score: 1, confidence: 0.5, inScope: true },
      },
    });
    const heatmap = buildHeatmap(withoutOwnership);
    expect(['data', 'triggers', 'content'].map((s) => heatmap[s]?.operational.score)).toEqual([
      null,
      null,
      null,
    ]);
    const review = Object.values(heatmap['review'] ?? {}).reduce((s, c) => s + (c.score ?? 0), 0);
    expect(sumRiskScores(withoutOwnership)).toBe(review);
    expect(review).toBeLessThan(known);
  });

  it('skips out-of-scope stages: leaving content out removes exactly its row', () => {
    const withoutContent = input({
      assessment: buildAssessment({ outOfScope: { stages: ['content'], dimensions: [] } }),
    });
    const contentRow = Object.values(buildHeatmap(input())['content'] ?? {}).reduce(
      (s, c) => s + (c.score ?? 0),
      0,
    );
    expect(sumRiskScores(input()) - sumRiskScores(withoutContent)).toBe(contentRow);
  });
});

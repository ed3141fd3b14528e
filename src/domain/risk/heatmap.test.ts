import { describe, expect, it } from 'vitest';
import { buildAssessment, OUT_OF_SCOPE_CELL } from '../testing/fixtures';
import { buildHeatmap, makeRiskTotal, type HeatmapInput, type ScoredCell } from './heatmap';

const sumRiskScores = (input: HeatmapInput): number => makeRiskTotal(input)(input);
import { buildRiskModel } from './test-model';

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
  it('rates review at likelihood 5: maturity 1.5 gives 5, orphaned and reactive control would add 2, capped', () => {
    const row = buildHeatmap(input())['review'];
    const regulatory = scored(row?.regulatory);
    expect(regulatory).toMatchObject({ likelihood: 5, impact: 5, score: 25, band: 'critical' });
    expect(regulatory.drivers.map((d) => [d.kind, d.points])).toEqual([
      ['maturity', 5],
      ['flag', 1],
      ['flag', 1],
      ['cap', -2],
      ['base-impact', 4],
      ['profile', 1],
    ]);
    expect(scored(row?.operational)).toMatchObject({
      likelihood: 5,
      impact: 2,
      score: 10,
      band: 'high',
    });
    expect(scored(row?.reputational)).toMatchObject({ impact: 3, score: 15, band: 'high' });
  });

  it('rates data from ownership alone when the data dimension is unknown, and lists the unknown dimension', () => {
    const cell = scored(buildHeatmap(input())['data']?.regulatory);
    expect(cell).toMatchObject({ likelihood: 4, impact: 5, score: 20, band: 'critical' });
    expect(cell.drivers[0]).toMatchObject({
      kind: 'maturity',
      maturity: 2,
      unknownDimensions: ['data'],
    });
  });

  it('counts a stage with no scored dimension as level 2, so likelihood 4, and says so', () => {
    const dimensions = { ownership: { score: null, confidence: 0, inScope: true } };
    const cell = scored(buildHeatmap(input({ dimensions }))['triggers']?.operational);
    expect(cell).toMatchObject({ likelihood: 4, impact: 4, score: 16, band: 'high' });
    expect(cell.drivers[0]).toMatchObject({
      kind: 'unknown-maturity',
      stage: 'triggers',
      dimensions: ['ownership'],
      assumedLevel: 2,
    });
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

  it('explains every driver in both languages', () => {
    const cell = scored(buildHeatmap(input())['review']?.regulatory);
    expect(cell.drivers[1]?.text.en).toBe('Orphaned: review.approve (+1 likelihood)');
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

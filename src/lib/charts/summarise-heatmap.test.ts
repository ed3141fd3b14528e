import { describe, expect, it } from 'vitest';
import { analyseExample } from './example-analysis';
import { summariseHeatmap } from './summarise-heatmap';

describe('summarising the heatmap', () => {
  it('counts the cells per band and finds the highest continuous score', () => {
    const { analysis, stages } = analyseExample('examples/telecom-controlled.json', 'en');
    const summary = summariseHeatmap(
      analysis.heatmap,
      stages.map((s) => s.id),
    );
    const total = Object.values(summary.bands).reduce((a, b) => a + b, 0);
    expect(total).toBe(stages.length * 4);
    // Feedback's maturity is the lowest (4.1), so its customer cell (impact 5) tops the map.
    expect(summary.highest).toMatchObject({ stage: 'feedback', category: 'customer' });
    expect(summary.highest?.score).toBeCloseTo(95 / 12);
    expect(summary).toMatchObject({ unrated: 0, unknown: 0, outOfScope: [] });
  });

  it('counts the cells that cannot be rated apart from the bands', () => {
    const { analysis, stages } = analyseExample('examples/telecom-controlled.json', 'en');
    const unrated = { ...analysis.heatmap };
    const feedback = unrated['feedback'];
    if (!feedback) throw new Error('the model has a feedback stage');
    unrated['feedback'] = Object.fromEntries(
      Object.entries(feedback).map(([category, cell]) => [
        category,
        {
          ...cell,
          outOfScope: false,
          unknown: true,
          likelihood: null,
          score: null,
          band: null,
          impact: cell.impact ?? 1,
          unanswered: 1,
        },
      ]),
    ) as typeof feedback;
    const summary = summariseHeatmap(
      unrated,
      stages.map((s) => s.id),
    );
    expect(summary.unrated).toBe(4);
    expect(Object.values(summary.bands).reduce((a, b) => a + b, 0)).toBe(stages.length * 4 - 4);
    // Without feedback, delivery leads: its maturity is the next lowest, at impact 5 (operational
    // and customer experience tie exactly; column order shows the first).
    expect(summary.highest).toMatchObject({ stage: 'delivery', category: 'operational' });
  });

  it('lists out-of-scope stages and counts unrated and mostly unanswered cells apart', () => {
    const { analysis, stages } = analyseExample(
      'src/lib/charts/fixtures/bank-partly-answered.json',
      'en',
    );
    const summary = summariseHeatmap(
      analysis.heatmap,
      stages.map((s) => s.id),
    );
    expect(summary.outOfScope).toEqual(['incidents']);
    // Feedback has no maturity answer (unrated); traceability is three-quarters unanswered.
    expect(summary).toMatchObject({ unrated: 4, unknown: 4 });
  });

  it('has no highest cell when nothing is scored', () => {
    expect(summariseHeatmap({}, ['data']).highest).toBeNull();
  });
});

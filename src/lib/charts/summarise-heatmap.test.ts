import { describe, expect, it } from 'vitest';
import { analyseExample } from './example-analysis';
import { summariseHeatmap } from './summarise-heatmap';

describe('summarising the heatmap', () => {
  it('counts the cells per band and finds the highest, the first one on a tie', () => {
    const { analysis, stages } = analyseExample('examples/telecom-controlled.json', 'en');
    const summary = summariseHeatmap(
      analysis.heatmap,
      stages.map((s) => s.id),
    );
    const total = Object.values(summary.bands).reduce((a, b) => a + b, 0);
    expect(total).toBe(stages.length * 4);
    expect(summary.highest).toEqual({
      stage: 'delivery',
      category: 'operational',
      score: 10,
      band: 'high',
    });
    expect(summary).toMatchObject({ unknown: 0, outOfScope: [] });
  });

  it('lists out-of-scope stages and counts mostly unanswered cells apart', () => {
    const { analysis, stages } = analyseExample(
      'src/lib/charts/fixtures/bank-partly-answered.json',
      'en',
    );
    const summary = summariseHeatmap(
      analysis.heatmap,
      stages.map((s) => s.id),
    );
    expect(summary.outOfScope).toEqual(['incidents']);
    expect(summary.unknown).toBe(8);
  });

  it('has no highest cell when nothing is scored', () => {
    expect(summariseHeatmap({}, ['data']).highest).toBeNull();
  });
});

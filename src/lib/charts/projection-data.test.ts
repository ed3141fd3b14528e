import { describe, expect, it } from 'vitest';
import { analyseExample, namesIn, readExample } from './chart-fixtures';
import { axisOrder, buildProjectionData } from './projection-data';

const en = namesIn('en');

function projectionOf(name: string) {
  const a = analyseExample(readExample(name));
  return { analysis: a, data: buildProjectionData(a.roadmap, a.dimensions, en.dimensions) };
}

describe('the projection of the fragmented bank', () => {
  const { analysis, data } = projectionOf('bank-fragmented');

  it('runs from today through the four phases, each at its last month', () => {
    expect(data.steps).toEqual([
      { id: 'today', month: 0 },
      { id: 'stabilise', month: 3 },
      { id: 'standardise', month: 6 },
      { id: 'centralise', month: 12 },
      { id: 'optimise', month: 24 },
    ]);
  });

  it("starts the overall line at today's overall score", () => {
    expect(data.overall[0]).toBeCloseTo(analysis.overall.score ?? Number.NaN, 9);
  });

  it('raises the overall maturity phase after phase, never above 5', () => {
    const overall = data.overall.map((v) => v ?? Number.NaN);
    for (let i = 1; i < overall.length; i += 1) {
      expect(overall[i]).toBeGreaterThanOrEqual(overall[i - 1] ?? Infinity);
    }
    expect(Math.max(...overall)).toBeLessThanOrEqual(5);
  });

  it("gives each dimension today's score and then the roadmap's projection", () => {
    const ownership = data.series.find((s) => s.id === 'ownership');
    expect(ownership?.name).toBe('Ownership & accountability');
    expect(ownership?.values).toEqual([
      analysis.dimensions['ownership']?.score,
      ...analysis.roadmap.phases.map((p) => p.projected.dimensions['ownership']),
    ]);
  });

  it('summarises the rise and the dimensions that gain most', () => {
    const gains = data.series.map((s) => ({
      name: s.name,
      gain: (s.values.at(-1) ?? 0) - (s.values[0] ?? 0),
    }));
    const most = Math.max(...gains.map((g) => g.gain));
    expect(data.summary).toMatchObject({ lastPhase: 'optimise' });
    expect(data.summary?.from).toBeCloseTo(1.7373, 3);
    expect(data.summary?.to).toBeGreaterThan(data.summary?.from ?? Infinity);
    expect(data.summary?.largestGain).toEqual(
      gains.filter((g) => Math.abs(g.gain - most) < 1e-9).map((g) => g.name),
    );
    expect(data.summary?.gain).toBeCloseTo(most, 9);
  });
});

describe('the projection of the government agency', () => {
  const { data } = projectionOf('government-agency');

  it('leaves the out-of-scope dimension out of the lines and the overall', () => {
    expect(data.series.map((s) => s.id)).not.toContain('responsiveness');
    expect(data.excluded).toEqual([
      { id: 'responsiveness', name: 'Responsiveness (moment of truth)', reason: 'out-of-scope' },
    ]);
    expect(data.overall.every((v) => v !== null)).toBe(true);
  });
});

describe('the projection of the controlled telecom', () => {
  const { analysis, data } = projectionOf('telecom-controlled');

  it("follows the roadmap's projected overall after each phase", () => {
    expect(data.overall.slice(1)).toEqual(
      analysis.roadmap.phases.map((p) => p.projected.overall.score),
    );
  });
});

describe('a projection with nothing answered', () => {
  const assessment = readExample('telecom-controlled');
  const a = analyseExample({ ...assessment, maturity: {} });
  const data = buildProjectionData(a.roadmap, a.dimensions, en.dimensions);

  it('has no lines, no overall and no summary', () => {
    expect(data.series).toEqual([]);
    expect(data.overall.every((v) => v === null)).toBe(true);
    expect(data.summary).toBeNull();
    expect(data.excluded.map((e) => e.reason)).toEqual(Array(10).fill('unscored'));
  });
});

describe('the order of the steps on the time axis', () => {
  it('runs from today on the left to the last phase on the right, left to right', () => {
    expect(axisOrder(5, false)).toEqual([0, 1, 2, 3, 4]);
  });

  it('puts today on the right and the last phase on the left, right to left', () => {
    expect(axisOrder(5, true)).toEqual([4, 3, 2, 1, 0]);
  });
});

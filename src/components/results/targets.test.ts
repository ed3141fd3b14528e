import { describe, expect, it } from 'vitest';
import { analyseExample, namesIn, readExample } from '../../lib/charts/chart-fixtures';
import { nextLevel, targetRows } from './targets';

const en = namesIn('en');

describe('the dimensions against their targets', () => {
  const bank = readExample('bank-fragmented');

  it('aim a regulated bank at 4 on ownership, data, review and traceability and 3 elsewhere', () => {
    const rows = targetRows(analyseExample(bank).dimensions, en.dimensions);
    const at4 = rows.filter((r) => r.target === 4).map((r) => r.id);
    expect(at4).toEqual(['ownership', 'data', 'review', 'traceability']);
    expect(rows.filter((r) => r.target === 3)).toHaveLength(6);
  });

  it('give each dimension its score and the gap still to go, in the model order', () => {
    const rows = targetRows(analyseExample(bank).dimensions, en.dimensions);
    expect(rows.map((r) => r.id)).toEqual(en.dimensions.map((d) => d.id));
    expect(rows[0]).toMatchObject({ id: 'ownership', score: 1.25, target: 4, met: false });
    expect(rows[0]?.gap).toBeCloseTo(2.75, 9);
  });

  it('follow a target the assessment sets for itself', () => {
    const rows = targetRows(
      analyseExample({ ...bank, targets: { ownership: 2 } }).dimensions,
      en.dimensions,
    );
    expect(rows[0]).toMatchObject({ id: 'ownership', target: 2, met: false });
    expect(rows[0]?.gap).toBeCloseTo(0.75, 9);
  });

  it('count a score at or above its target as met', () => {
    const rows = targetRows(
      analyseExample({ ...bank, targets: { ownership: 1 } }).dimensions,
      en.dimensions,
    );
    expect(rows[0]).toMatchObject({ id: 'ownership', target: 1, met: true });
  });

  it('leave out-of-scope dimensions out, and show an unanswered one without a gap', () => {
    const telecom = readExample('telecom-controlled');
    const maturity = Object.fromEntries(
      Object.entries(telecom.maturity).filter(([q]) => !q.startsWith('feedback.')),
    );
    const assessment = {
      ...telecom,
      maturity,
      outOfScope: { stages: [], dimensions: ['centricity'] },
    };
    const rows = targetRows(analyseExample(assessment).dimensions, en.dimensions);
    expect(rows.map((r) => r.id)).not.toContain('centricity');
    expect(rows.find((r) => r.id === 'feedback')).toMatchObject({
      score: null,
      gap: null,
      met: null,
      target: 3,
    });
  });
});

describe('the level a score is on its way to', () => {
  it('is the next level when the score is past its floor', () => {
    expect(nextLevel(2.67, 2)).toBe(3);
    expect(nextLevel(1.01, 1)).toBe(2);
  });

  it('is none at a whole level or at the top', () => {
    expect(nextLevel(3, 3)).toBeNull();
    expect(nextLevel(5, 5)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { analyseExample, namesIn, readExample } from './chart-fixtures';
import { buildRadarData, groupExcluded, LOW_CONFIDENCE, wrapLabel } from './radar-data';

const en = namesIn('en');
const ar = namesIn('ar');

function radarOf(name: string, names = en) {
  const a = analyseExample(readExample(name));
  return buildRadarData(a.dimensions, a.overall, names.dimensions, names.levels);
}

describe('the radar data of the fragmented bank', () => {
  const radar = radarOf('bank-fragmented');

  it('puts all ten dimensions on the radar, in the model order', () => {
    expect(radar.points.map((p) => p.id)).toEqual(en.dimensions.map((d) => d.id));
    expect(radar.excluded).toEqual([]);
  });

  it('names each point with its level and keeps its confidence', () => {
    expect(radar.points[0]).toMatchObject({
      id: 'ownership',
      name: 'Ownership & accountability',
      score: 1.25,
      level: 1,
      levelName: 'Fragmented',
      confidence: 1,
      asked: 4,
      answered: 4,
      lowConfidence: false,
    });
  });

  it('marks a dimension with a third of its questions unanswered as low confidence', () => {
    const traceability = radar.points.find((p) => p.id === 'traceability');
    expect(traceability).toMatchObject({ confidence: 2 / 3, answered: 2, asked: 3 });
    expect(traceability?.lowConfidence).toBe(true);
    expect(radar.points.filter((p) => p.lowConfidence).map((p) => p.id)).toEqual(
      radar.points.filter((p) => p.confidence < LOW_CONFIDENCE).map((p) => p.id),
    );
  });

  it('summarises the overall score and the strongest and weakest dimensions, ties included', () => {
    expect(radar.summary?.score).toBeCloseTo(1.7373, 3);
    // 1.74 has fully reached level 1 only: a level is the floor of the score.
    expect(radar.summary?.levelName).toBe('Fragmented');
    expect(radar.summary?.confidence).toBeCloseTo(0.9348, 3);
    expect(radar.summary?.strongest).toEqual(['Responsiveness (moment of truth)']);
    expect(radar.summary?.weakest).toEqual([
      'Ownership & accountability',
      'Customer-centred decisions',
    ]);
  });

  it('gives each point the target level of the bank’s profile and the gap to it', () => {
    const byId = new Map(radar.points.map((p) => [p.id, p]));
    for (const id of ['ownership', 'data', 'review', 'traceability'])
      expect(byId.get(id)?.target, id).toBe(4);
    expect(byId.get('content')?.target).toBe(3);
    expect(byId.get('ownership')?.gap).toBeCloseTo(4 - 1.25, 9);
    for (const p of radar.points) expect(p.gap).toBeCloseTo(p.target - p.score, 9);
  });

  it('follows a target the assessment sets for itself', () => {
    const a = analyseExample({ ...readExample('bank-fragmented'), targets: { content: 5 } });
    const own = buildRadarData(a.dimensions, a.overall, en.dimensions, en.levels);
    expect(own.points.find((p) => p.id === 'content')?.target).toBe(5);
    expect(own.rows.find((r) => r.id === 'content')?.target).toBe(5);
  });

  it('names the levels in Arabic on Arabic pages', () => {
    const arabic = radarOf('bank-fragmented', ar);
    expect(arabic.points[0]?.levelName).toBe('مجزّأ');
    expect(arabic.summary?.levelName).toBe('مجزّأ');
    expect(arabic.points[0]?.name).toBe('الملكية والمساءلة');
  });
});

describe('the radar data of the government agency', () => {
  const radar = radarOf('government-agency');

  it('leaves the out-of-scope dimension off the radar and says why, rather than drawing a zero', () => {
    expect(radar.points.map((p) => p.id)).not.toContain('responsiveness');
    expect(radar.excluded).toEqual([
      { id: 'responsiveness', name: 'Responsiveness (moment of truth)', reason: 'out-of-scope' },
    ]);
  });

  it('keeps the out-of-scope dimension in the table, with no score, level or gap', () => {
    expect(radar.rows).toHaveLength(10);
    expect(radar.rows.find((r) => r.id === 'responsiveness')).toMatchObject({
      status: 'out-of-scope',
      score: null,
      levelName: null,
      gap: null,
    });
  });
});

describe('a dimension nobody has answered yet', () => {
  const assessment = readExample('telecom-controlled');
  const maturity = Object.fromEntries(
    Object.entries(assessment.maturity).filter(([q]) => !q.startsWith('feedback.')),
  );
  const a = analyseExample({ ...assessment, maturity });
  const radar = buildRadarData(a.dimensions, a.overall, en.dimensions, en.levels);

  it('is left off the radar as unscored, and shown in the table with its target but no gap', () => {
    expect(radar.excluded).toEqual([
      { id: 'feedback', name: 'Customer feedback loop', reason: 'unscored' },
    ]);
    expect(radar.rows.find((r) => r.id === 'feedback')).toMatchObject({
      status: 'unscored',
      score: null,
      target: 3,
      gap: null,
      confidence: 0,
      answered: 0,
    });
  });
});

describe('a radar with nothing answered', () => {
  const assessment = readExample('telecom-controlled');
  const a = analyseExample({ ...assessment, maturity: {} });

  it('has no points and no summary', () => {
    const radar = buildRadarData(a.dimensions, a.overall, en.dimensions, en.levels);
    expect(radar.points).toEqual([]);
    expect(radar.summary).toBeNull();
    expect(radar.excluded).toHaveLength(10);
  });
});

describe('grouping the dimensions left off a chart', () => {
  it('lists the out-of-scope ones first, then the unanswered ones, and leaves out empty groups', () => {
    const excluded = [
      { name: 'Data', reason: 'unscored' as const },
      { name: 'Content', reason: 'out-of-scope' as const },
      { name: 'Review', reason: 'unscored' as const },
    ];
    expect(groupExcluded(excluded)).toEqual([
      { reason: 'out-of-scope', names: ['Content'] },
      { reason: 'unscored', names: ['Data', 'Review'] },
    ]);
    expect(groupExcluded([])).toEqual([]);
  });
});

describe('wrapping a label round the radar', () => {
  it('breaks at spaces into lines of about the given width', () => {
    expect(wrapLabel('Responsiveness (moment of truth)', 18)).toEqual([
      'Responsiveness',
      '(moment of truth)',
    ]);
  });

  it('keeps a long word whole and a short label on one line', () => {
    expect(wrapLabel('Traceability', 6)).toEqual(['Traceability']);
    expect(wrapLabel('Data', 16)).toEqual(['Data']);
  });
});

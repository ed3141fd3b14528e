import { describe, expect, it } from 'vitest';
import { buildModel } from '../testing/fixtures';
import fixture from './fixtures/assessment-2026.1.json';
import { MAX_ASSESSMENT_CHARS, parseAssessment, parseAssessmentText } from './parse-assessment';

const valid = () => ({
  format: 'ccm-assessment',
  formatVersion: 1,
  modelVersion: '2026.1',
  organisation: {
    name: 'مصرف الخليج',
    sector: 'banking',
    regulated: true,
    channels: ['sms', 'email'],
    volume: '1m-10m',
    languages: ['ar', 'en'],
  },
  period: '2026-Q4',
  status: 'draft',
  teams: [
    { id: 'marketing', name: 'Marketing' },
    { id: 'ccm', name: 'الوظيفة الرقابية' },
  ],
  maturity: { 'review.timing': 2, 'data.truth': 'unknown' },
  raci: {
    'review.approve': { marketing: 'AR', ccm: 'C' },
    'review.periodic': {},
    'data.source': 'unknown',
  } as Record<string, Record<string, string> | 'unknown'>,
  notes: { 'review.timing': 'Sampled after sending.' },
  roadmap: {},
});

const problemsOf = (input: unknown) => {
  const result = parseAssessment(input);
  return result.ok ? [] : result.problems.map((p) => [p.code, p.path]);
};

describe('reading an assessment file', () => {
  it('accepts the format as documented, "no one" and "don\'t know" included', () => {
    const result = parseAssessment(valid());
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.raci['review.periodic']).toEqual({});
  });

  it('fills optional sections it can do without', () => {
    const { notes: _n, roadmap: _r, maturity: _m, ...bare } = valid();
    const result = parseAssessment(bare);
    expect(result.ok && [result.value.notes, result.value.roadmap, result.value.maturity]).toEqual([
      {},
      {},
      {},
    ]);
  });

  it('refuses text that is not JSON, or too large to be an assessment, before reading it', () => {
    expect(parseAssessmentText('{"format":').ok).toBe(false);
    expect(parseAssessmentText('{"format":' + ' '.repeat(MAX_ASSESSMENT_CHARS)).ok).toBe(false);
    const large = parseAssessmentText(' '.repeat(MAX_ASSESSMENT_CHARS + 1));
    expect(!large.ok && large.problems[0]?.code).toBe('too-large');
  });

  it('tells another kind of file from a broken assessment', () => {
    expect(problemsOf([1, 2])).toEqual([['wrong-format', '']]);
    expect(problemsOf({ format: 'something-else' })).toEqual([['wrong-format', 'format']]);
  });

  it('refuses a newer format version and says which versions it reads', () => {
    const result = parseAssessment({ ...valid(), formatVersion: 2 });
    expect(!result.ok && result.problems[0]).toMatchObject({
      code: 'too-new',
      path: 'formatVersion',
      params: { found: 2, supported: 1 },
    });
  });

  it('names the path of a value outside the allowed list', () => {
    const doc = valid();
    doc.organisation.sector = 'piracy';
    expect(problemsOf(doc)).toEqual([['choice', 'organisation.sector']]);
  });

  it('refuses repeated or unknown RACI letters', () => {
    for (const letters of ['AA', 'RX', '']) {
      const doc = valid();
      doc.raci['review.approve'] = { marketing: letters, ccm: 'C' };
      expect(problemsOf(doc), letters).toEqual([['pattern', 'raci["review.approve"].marketing']]);
    }
  });

  it('refuses letters given to a team the assessment does not have', () => {
    const doc = valid();
    doc.raci['review.approve'] = { legal: 'A' };
    expect(problemsOf(doc)).toEqual([['unknown-ref', 'raci["review.approve"].legal']]);
  });

  it("refuses a participant's team the assessment does not have, and keeps one it has", () => {
    const doc = {
      ...valid(),
      responses: [
        { participant: 'p1', team: 'legal', maturity: {}, raci: {} },
        { participant: 'p2', name: 'Huda', team: 'marketing', maturity: {}, raci: {} },
      ],
    };
    expect(problemsOf(doc)).toEqual([['unknown-ref', 'responses[0].team']]);
    const kept = parseAssessment({ ...doc, responses: [doc.responses[1]] });
    expect(kept.ok && kept.value.responses?.[0]).toMatchObject({ name: 'Huda', team: 'marketing' });
  });

  it('refuses a maturity level outside 1 to 5 and a period that is not a quarter', () => {
    const doc = { ...valid(), period: '2026-Q5', maturity: { 'review.timing': 6 } };
    expect(problemsOf(doc).map(([, path]) => path)).toEqual([
      'period',
      'maturity["review.timing"]',
    ]);
  });

  it('says what was expected: the pattern, the range, the length, the allowed values', () => {
    const doc = {
      ...valid(),
      period: '2026-Q5',
      maturity: { 'review.timing': 6, 'data.truth': 2.5, 'review.approve': 'often' },
      teams: [{ id: 'Marketing Team', name: 'x'.repeat(121) }],
      status: 'done',
    };
    const result = parseAssessment(doc);
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({
        path: 'period',
        code: 'pattern',
        params: { pattern: 'period', example: '2026-Q4', received: '2026-Q5' },
      }),
      expect.objectContaining({
        path: 'status',
        code: 'choice',
        choices: { values: ['draft', 'final'], labels: 'home.status' },
      }),
      expect.objectContaining({ path: 'teams[0].id', code: 'pattern' }),
      expect.objectContaining({
        path: 'teams[0].name',
        code: 'too-long',
        params: { max: 120, length: 121 },
      }),
      expect.objectContaining({ path: 'maturity["review.timing"]', code: 'above-max' }),
      expect.objectContaining({ path: 'maturity["data.truth"]', code: 'not-integer' }),
      expect.objectContaining({
        path: 'maturity["review.approve"]',
        code: 'expected-level',
        message: 'expected a level from 1 to 5, or "unknown" for don\'t know, found "often"',
      }),
    ]);
  });

  it('names the stages that can never be out of scope', () => {
    const result = parseAssessment({
      ...valid(),
      modelVersion: '2026.3',
      outOfScope: { stages: ['review'] },
    });
    expect(!result.ok && result.problems[0]).toMatchObject({
      code: 'required-stages',
      params: { stages: 'data, triggers, content, review' },
    });
  });

  it('says a format version must be a whole number', () => {
    const result = parseAssessment({ ...valid(), formatVersion: 'one' });
    expect(!result.ok && result.problems[0]).toMatchObject({
      code: 'format-version',
      params: { min: 1, supported: 1 },
    });
  });

  it('reads a file that starts with a UTF-8 byte-order mark', () => {
    const result = parseAssessmentText(`\uFEFF${JSON.stringify(valid())}`);
    expect(result).toEqual(parseAssessment(valid()));
  });

  it('keeps hostile text as plain text', () => {
    const doc = valid();
    doc.organisation.name = '<script>alert(1)</script>';
    const result = parseAssessment(doc);
    expect(result.ok && result.value.organisation.name).toBe('<script>alert(1)</script>');
  });
});

describe('reading an assessment taken with model 2026.1', () => {
  const withDataOutOfScope = () => ({
    ...valid(),
    outOfScope: { stages: ['data', 'delivery'], dimensions: ['data'] },
  });

  it('opens it as the newest model with data back in scope, and nothing else changed', () => {
    const result = parseAssessment(withDataOutOfScope());
    const as2026_3 = parseAssessment({
      ...withDataOutOfScope(),
      modelVersion: '2026.3',
      migratedFrom: '2026.1',
      outOfScope: { stages: ['delivery'], dimensions: ['data'] },
    });
    expect(result.ok && result.value.modelVersion).toBe('2026.3');
    expect(result.ok && result.value.outOfScope).toEqual({
      stages: ['delivery'],
      dimensions: ['data'],
    });
    expect(result).toEqual(as2026_3);
  });

  it('still refuses data out of scope in an assessment of model 2026.2', () => {
    const result = parseAssessment({ ...withDataOutOfScope(), modelVersion: '2026.2' });
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({
        path: 'outOfScope.stages',
        message: 'cannot include data, triggers, content, review: every assessment covers them',
      }),
    ]);
  });

  it('opens the kept 2026.1 file, and reads back what it wrote unchanged', () => {
    const first = parseAssessment(fixture);
    if (!first.ok) throw new Error(JSON.stringify(first.problems));
    expect(first.value.modelVersion).toBe('2026.3');
    expect(first.value.migratedFrom).toBe('2026.1');
    expect(first.value.outOfScope?.stages).toEqual(['incidents']);
    expect(parseAssessmentText(JSON.stringify(first.value))).toEqual(first);
  });
});

describe('reading an assessment with the model', () => {
  const model = buildModel();
  const taken = () => ({
    ...valid(),
    modelVersion: model.version,
    maturity: { 'review.timing': 2, 'data.quality': 'unknown' },
  });

  it('refuses the ids the model does not know instead of dropping them', () => {
    const doc = {
      ...taken(),
      maturity: { 'review.timing': 2, 'review.gone': 3 },
      raci: { 'review.approve': { marketing: 'A' }, 'review.gone': {} },
    };
    expect(parseAssessment(doc).ok).toBe(true);
    const result = parseAssessment(doc, model);
    expect(!result.ok && result.problems.map((p) => [p.code, p.path])).toEqual([
      ['unknown-question', 'maturity["review.gone"]'],
      ['unknown-activity', 'raci["review.gone"]'],
    ]);
  });

  it('reports a model version it does not know alone, before the rest of the file', () => {
    const doc = { ...taken(), modelVersion: '2031.1', period: 'next year' };
    const result = parseAssessment(doc, model);
    expect(!result.ok && result.problems.map((p) => [p.code, p.path])).toEqual([
      ['unknown-model', 'modelVersion'],
    ]);
  });

  it('reads text with the model too', () => {
    const text = JSON.stringify({ ...taken(), notes: { nowhere: 'x' } });
    const result = parseAssessmentText(text, model);
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['notes.nowhere']);
  });
});

import { describe, expect, it } from 'vitest';
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
      expect(problemsOf(doc), letters).toEqual([['value', 'raci["review.approve"].marketing']]);
    }
  });

  it('refuses letters given to a team the assessment does not have', () => {
    const doc = valid();
    doc.raci['review.approve'] = { legal: 'A' };
    expect(problemsOf(doc)).toEqual([['unknown-ref', 'raci["review.approve"].legal']]);
  });

  it('refuses a maturity level outside 1 to 5 and a period that is not a quarter', () => {
    const doc = { ...valid(), period: '2026-Q5', maturity: { 'review.timing': 6 } };
    expect(problemsOf(doc).map(([, path]) => path)).toEqual([
      'period',
      'maturity["review.timing"]',
    ]);
  });

  it('keeps hostile text as plain text', () => {
    const doc = valid();
    doc.organisation.name = '<script>alert(1)</script>';
    const result = parseAssessment(doc);
    expect(result.ok && result.value.organisation.name).toBe('<script>alert(1)</script>');
  });
});

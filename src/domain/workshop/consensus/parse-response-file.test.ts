import { describe, expect, it } from 'vitest';
import { loadShippedModel } from '../../roadmap/shipped-model';
import { buildModel } from '../../testing/fixtures';
import { responseFileOf } from '../response-file';
import { MAX_RESPONSE_CHARS, parseResponseFile } from './parse-response-file';

const model = buildModel();
const workshop = { organisation: 'Test Bank', period: '2026-Q4' };
const file = responseFileOf('test.1', workshop, {
  participant: 'p-1',
  name: 'Sara',
  team: 'it',
  maturity: { 'review.timing': 2 },
  raci: { 'review.approve': { compliance: 'A', it: 'R' } },
});
const text = (value: unknown): string => JSON.stringify(value);
const codes = (result: ReturnType<typeof parseResponseFile>) =>
  result.ok ? [] : result.problems.map((p) => [p.path, p.code]);

describe('parseResponseFile', () => {
  it('reads a file a participant saved, as they saved it', () => {
    expect(parseResponseFile(text(file), model)).toEqual({ ok: true, value: file });
  });

  it('refuses text that is not JSON, and an assessment file, saying which', () => {
    expect(codes(parseResponseFile('{', model))).toEqual([['', 'not-json']]);
    expect(codes(parseResponseFile(text({ ...file, format: 'ccm-assessment' }), model))).toEqual([
      ['format', 'not-a-response'],
    ]);
    expect(codes(parseResponseFile('[]', model))).toEqual([['', 'not-a-response']]);
  });

  it('refuses a file of a newer format version, asking for an update', () => {
    expect(codes(parseResponseFile(text({ ...file, formatVersion: 2 }), model))).toEqual([
      ['formatVersion', 'too-new'],
    ]);
  });

  it('refuses a file made with a model this tool does not know', () => {
    expect(codes(parseResponseFile(text({ ...file, modelVersion: '2099.1' }), model))).toEqual([
      ['modelVersion', 'unknown-model'],
    ]);
  });

  it('names every question and activity id the model does not know', () => {
    const odd = {
      ...file,
      response: { ...file.response, maturity: { 'no.such': 3 }, raci: { 'no.where': {} } },
    };
    expect(codes(parseResponseFile(text(odd), model))).toEqual([
      ['response.maturity["no.such"]', 'unknown-question'],
      ['response.raci["no.where"]', 'unknown-activity'],
    ]);
  });

  it('given the workshop teams, refuses a team the workshop does not have', () => {
    const teams = [{ id: 'compliance' }, { id: 'marketing' }];
    expect(codes(parseResponseFile(text(file), model, teams))).toEqual([
      ['response.raci["review.approve"].it', 'unknown-ref'],
      ['response.team', 'unknown-ref'],
    ]);
  });

  it('refuses text longer than the server would take, before reading it', () => {
    const padded = text(file).replace('"Sara"', `"${' '.repeat(MAX_RESPONSE_CHARS)}"`);
    expect(codes(parseResponseFile(padded, model))).toEqual([['', 'response-too-large']]);
  });

  it('reports a broken answer with its path', () => {
    const broken = { ...file, response: { ...file.response, maturity: { 'review.timing': 9 } } };
    const result = parseResponseFile(text(broken), model);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.path).toBe('response.maturity["review.timing"]');
  });

  it('opens a file of an older model version with its answers moved to the current questions', () => {
    const shipped = loadShippedModel();
    const old = responseFileOf('2026.2', workshop, {
      participant: 'p-2',
      maturity: { 'delivery.tools': 2, 'feedback.share': 4, 'centricity.contact': 3 },
      raci: {},
    });
    const result = parseResponseFile(text(old), shipped);
    expect(result.ok && result.value.modelVersion).toBe(shipped.version);
    expect(result.ok && result.value.response.maturity).toEqual({
      'delivery.providers': 2,
      'centricity.voice': 3,
    });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Response } from '../../schemas/assessment';
import { buildAssessment } from '../../testing/fixtures';
import { responseFileOf } from '../response-file';
import { addResponses, type NamedResponseFile } from './add-responses';

const assessment = buildAssessment();
const here = { organisation: 'Test Bank', period: '2026-Q4' };
const named = (
  name: string,
  response: Partial<Response> & { participant: string },
  workshop = here,
): NamedResponseFile => ({
  name,
  file: responseFileOf('test.1', workshop, { maturity: {}, raci: {}, ...response }),
});

describe('addResponses', () => {
  it("adds each participant's response, in file order", () => {
    const { assessment: merged, outcomes } = addResponses(assessment, [
      named('a.json', { participant: 'p1', raci: { 'data.source': { it: 'A' } } }),
      named('b.json', { participant: 'p2' }),
    ]);
    expect(merged.responses?.map((r) => r.participant)).toEqual(['p1', 'p2']);
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'added']);
  });

  it('lets a later file of the same participant replace the earlier one, and says so', () => {
    const { assessment: merged, outcomes } = addResponses(assessment, [
      named('first.json', { participant: 'p1', maturity: { 'review.timing': 1 } }),
      named('again.json', { participant: 'p1', maturity: { 'review.timing': 4 } }),
    ]);
    expect(merged.responses).toHaveLength(1);
    expect(merged.responses?.[0]?.maturity).toEqual({ 'review.timing': 4 });
    expect(outcomes[1]).toEqual({
      file: 'again.json',
      status: 'replaced',
      participant: 'p1',
      earlier: 'first.json',
    });
  });

  it('replaces a response the assessment already held, naming no earlier file', () => {
    const held = { ...assessment, responses: [{ participant: 'p1', maturity: {}, raci: {} }] };
    const { outcomes } = addResponses(held, [named('p1.json', { participant: 'p1' })]);
    expect(outcomes).toEqual([
      { file: 'p1.json', status: 'replaced', participant: 'p1', earlier: null },
    ]);
  });

  it('refuses a file of another organisation or another period, adding nothing of it', () => {
    const { assessment: merged, outcomes } = addResponses(assessment, [
      named('other.json', { participant: 'p1' }, { ...here, organisation: 'Other Telecom' }),
      named('later.json', { participant: 'p2' }, { ...here, period: '2027-Q1' }),
    ]);
    expect(merged.responses).toEqual([]);
    expect(outcomes.map((o) => (o.status === 'refused' ? o.problems[0]?.code : o.status))).toEqual([
      'other-workshop',
      'other-workshop',
    ]);
  });

  it('recognises the organisation by its stable id as well as its name', () => {
    const withId = { ...assessment, organisation: { ...assessment.organisation, id: 'o-bank' } };
    const { outcomes } = addResponses(withId, [
      named('id.json', { participant: 'p1' }, { ...here, organisation: 'o-bank' }),
    ]);
    expect(outcomes[0]?.status).toBe('added');
  });

  it('refuses a response naming a team the assessment does not have', () => {
    const { outcomes } = addResponses(assessment, [
      named('x.json', { participant: 'p1', raci: { 'data.source': { legal: 'A' } } }),
    ]);
    expect(outcomes[0]?.status === 'refused' && outcomes[0].problems[0]?.path).toBe(
      'response.raci["data.source"].legal',
    );
  });

  it('keeps no name at all in an anonymous workshop', () => {
    const held = {
      ...assessment,
      responses: [{ participant: 'p0', name: 'Omar', maturity: {}, raci: {} }],
    };
    const { assessment: merged } = addResponses(
      held,
      [named('a.json', { participant: 'p1', name: 'Sara' })],
      { anonymous: true },
    );
    expect(merged.responses?.map((r) => r.name)).toEqual([undefined, undefined]);
    expect(JSON.stringify(merged)).not.toMatch(/Sara|Omar/);
  });

  it('leaves the assessment it was given as it was', () => {
    const before = JSON.stringify(assessment);
    addResponses(assessment, [named('a.json', { participant: 'p1' })]);
    expect(JSON.stringify(assessment)).toBe(before);
  });

  it('holds one response per participant, the last file of each, whatever the files', () => {
    const file = fc.record({
      participant: fc.constantFrom('p1', 'p2', 'p3'),
      level: fc.constantFrom(1, 2, 3, 4, 5),
      ours: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(file, { maxLength: 12 }), (specs) => {
        const files = specs.map((s, i) =>
          named(
            `${i}.json`,
            { participant: s.participant, maturity: { 'review.timing': s.level } },
            s.ours ? here : { ...here, period: '2025-Q1' },
          ),
        );
        const { assessment: merged } = addResponses(assessment, files);
        const ids = merged.responses?.map((r) => r.participant) ?? [];
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) {
          const last = specs.findLast((s) => s.ours && s.participant === id);
          const kept = merged.responses?.find((r) => r.participant === id);
          expect(kept?.maturity['review.timing']).toBe(last?.level);
        }
        expect(ids.length).toBe(
          new Set(specs.filter((s) => s.ours).map((s) => s.participant)).size,
        );
      }),
    );
  });
});

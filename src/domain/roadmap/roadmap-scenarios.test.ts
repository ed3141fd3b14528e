import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { buildRoadmap, type Roadmap } from './build-roadmap';
import { loadExample, loadShippedModel } from './shipped-model';

const model = loadShippedModel();

function roadmapOf(name: 'bank' | 'government' | 'telecom'): Roadmap {
  const assessment = loadExample(name);
  const core = analyse(model, assessment);
  return buildRoadmap({
    model,
    assessment,
    dimensions: core.dimensions,
    activities: core.activities,
    lifecycle: core.lifecycle,
  });
}

const idsIn = (roadmap: Roadmap, phase: string): string[] =>
  roadmap.phases.find((p) => p.id === phase)?.actions.map((a) => a.id) ?? [];
const allIds = (roadmap: Roadmap): string[] =>
  roadmap.phases.flatMap((p) => p.actions.map((a) => a.id));

describe('the roadmap of the example assessments', () => {
  it('gives a fragmented regulated bank owners, review before release and its disclosure controls first', () => {
    const roadmap = roadmapOf('bank');
    expect(idsIn(roadmap, 'stabilise')).toEqual(
      expect.arrayContaining([
        'name-accountable-owners',
        'review-before-release',
        'communication-inventory',
        'bank-disclosure-controls',
      ]),
    );
    expect(idsIn(roadmap, 'standardise')).toEqual(
      expect.arrayContaining(['template-library', 'traceability-log', 'bank-complaint-handling']),
    );
    expect(idsIn(roadmap, 'centralise')).toEqual(
      expect.arrayContaining([
        'charter-control-function',
        'adopt-to-be-raci',
        'contact-centre-feedback-loop',
      ]),
    );
    expect(allIds(roadmap)).not.toEqual(expect.arrayContaining(['government-service-governance']));
    expect(
      allIds(roadmap).some((id) =>
        ['outage-notifications', 'high-volume-orchestration'].includes(id),
      ),
    ).toBe(false);
    expect(roadmap.phases.at(-1)?.projected.totalRisk).toBeLessThan(roadmap.currentRisk / 2);
  });

  it('gives a government agency joint client-service and PMO governance, and no banking actions', () => {
    const roadmap = roadmapOf('government');
    expect(idsIn(roadmap, 'centralise')).toContain('government-service-governance');
    expect(allIds(roadmap).some((id) => id.startsWith('bank-'))).toBe(false);
  });

  it('selects nothing for the agency on responsiveness, which it left out of scope', () => {
    const roadmap = roadmapOf('government');
    expect(allIds(roadmap)).not.toContain('complaint-response-times');
    expect(roadmap.phases.every((p) => p.projected.dimensions['responsiveness'] === null)).toBe(
      true,
    );
  });

  it('gives a controlled telecom its high-volume orchestration without telling it to charter the function again', () => {
    const roadmap = roadmapOf('telecom');
    expect(allIds(roadmap)).toContain('high-volume-orchestration');
    expect(allIds(roadmap)).not.toContain('charter-control-function');
    expect(allIds(roadmap)).not.toContain('name-accountable-owners');
    const gate = roadmap.phases.flatMap((p) => p.actions).find((a) => a.id === 'new-channel-gate');
    expect(gate?.prerequisitesInPlace).toEqual(['charter-control-function']);
  });
});

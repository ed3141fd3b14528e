import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import type { Analysis } from '../analysis';
import { PHASES } from '../schemas/action';
import type { Assessment } from '../schemas/assessment';
import type { Roadmap, RoadmapAction } from './build-roadmap';
import { loadExample, loadShippedModel } from './shipped-model';

const model = loadShippedModel();
type Example = 'bank' | 'government' | 'telecom';

function analysisOf(name: Example): { assessment: Assessment; analysis: Analysis } {
  const assessment = loadExample(name);
  return { assessment, analysis: analyse(model, assessment) };
}
const proposed = (roadmap: Roadmap): RoadmapAction[] => [
  ...roadmap.phases.flatMap((p) => p.actions),
  ...roadmap.later,
];
const idsOf = (roadmap: Roadmap): string[] => proposed(roadmap).map((a) => a.id);
const find = (roadmap: Roadmap, id: string): RoadmapAction | undefined =>
  proposed(roadmap).find((a) => a.id === id);
const phaseIndexOf = (roadmap: Roadmap, id: string): number =>
  roadmap.phases.findIndex((p) => p.actions.some((a) => a.id === id));

describe('the roadmap of the controlled telecom', () => {
  const { analysis } = analysisOf('telecom');
  const { roadmap } = analysis;

  it('proposes nothing its answers show in place, and lists those with the answers that show them', () => {
    expect(roadmap.inPlace).toEqual(
      expect.arrayContaining(['new-channel-gate', 'high-volume-orchestration']),
    );
    expect(roadmap.inPlaceEvidence['new-channel-gate']).toEqual([
      { question: 'ownership.growth', answer: 5, level: 5 },
    ]);
    expect(roadmap.inPlaceEvidence['high-volume-orchestration']).toContainEqual({
      question: 'delivery.consistency',
      answer: 5,
      level: 5,
    });
    const ids = idsOf(roadmap);
    for (const id of roadmap.inPlace) expect(ids).not.toContain(id);
    for (const id of ['charter-control-function', 'name-accountable-owners'])
      expect(ids).not.toContain(id);
  });

  it('is at its targets, so it gets an assure-and-sustain plan: sustain actions, each for a real gap', () => {
    for (const d of Object.values(analysis.dimensions))
      if (d.inScope && d.gap !== null) expect(d.gap).toBeLessThanOrEqual(0);
    expect(proposed(roadmap).length).toBeGreaterThan(0);
    for (const action of proposed(roadmap)) {
      expect(action.kind).toBe('sustain');
      expect(action.gaps.length).toBeGreaterThan(0);
    }
  });

  it('has its control function today, which owns its work from the start', () => {
    expect(roadmap.controlFunction).toEqual({ existsToday: true, charteredIn: null });
    for (const action of proposed(roadmap))
      if (action.usualOwner === model.controlFunction)
        expect(action.owner).toBe(model.controlFunction);
  });
});

describe('the roadmap of the fragmented bank', () => {
  const { assessment, analysis } = analysisOf('bank');
  const { roadmap } = analysis;
  const teams = new Set(assessment.teams.map((t) => t.id));
  const charterPhase = phaseIndexOf(roadmap, 'charter-control-function');

  it('fits its first phase in its capacity of 12', () => {
    const first = roadmap.phases[0];
    expect(first?.capacity).toBe(12);
    expect(first?.actions.length).toBeGreaterThan(0);
    expect(first?.effort).toBeLessThanOrEqual(12);
    for (const phase of roadmap.phases) expect(phase.effort).toBeLessThanOrEqual(phase.capacity);
  });

  it('still needs its charter, so the control function it lists owns nothing before the phase after the charter', () => {
    expect(teams.has(model.controlFunction)).toBe(true);
    expect(charterPhase).toBeGreaterThanOrEqual(0);
    expect(roadmap.controlFunction).toEqual({
      existsToday: false,
      charteredIn: PHASES[charterPhase],
    });
    expect(find(roadmap, 'charter-control-function')?.owner).toBe('executive');
    expect(roadmap.sponsor).toBe('executive');
    roadmap.phases.forEach((phase, index) => {
      for (const action of phase.actions) {
        if (index <= charterPhase) expect(action.owner).not.toBe(model.controlFunction);
        expect(teams.has(action.owner) || action.owner === roadmap.sponsor).toBe(true);
      }
    });
    expect(find(roadmap, 'name-accountable-owners')?.owner).toBe('executive');
  });

  it('projects no answer at the control function’s level before the charter', () => {
    roadmap.phases.slice(0, charterPhase).forEach((phase) => {
      for (const answer of Object.values(phase.projected.answers)) expect(answer).toBeLessThan(5);
    });
  });

  it('gets no action meant for another sector, and the banking ones it needs', () => {
    const ids = idsOf(roadmap);
    for (const id of [
      'government-service-governance',
      'outage-notifications',
      'high-volume-orchestration',
    ])
      expect(ids).not.toContain(id);
    expect(ids).toEqual(
      expect.arrayContaining(['bank-disclosure-controls', 'bank-complaint-handling']),
    );
  });

  it('credits the communication inventory with what its dependants cannot remove without it', () => {
    const inventory = find(roadmap, 'communication-inventory');
    expect(inventory?.requiredBy.length).toBeGreaterThan(1);
    expect(inventory?.unlocks).toBeGreaterThan(0);
  });

  it('lowers its risk by the end of the roadmap', () => {
    expect(roadmap.phases.at(-1)?.projected.totalRisk).toBeLessThan(roadmap.currentRisk);
  });

  it('gets a to-be RACI without remote owners or activities nobody does', () => {
    const target = analyse(model, { ...assessment, raci: roadmap.toBe });
    for (const activity of Object.values(target.activities)) {
      expect(activity.flags).not.toContain('remote-owner');
      expect(activity.flags).not.toContain('no-doer');
      expect(activity.accountable).toEqual([model.controlFunction]);
    }
  });
});

describe('the roadmap of the government agency', () => {
  const { analysis } = analysisOf('government');
  const { roadmap } = analysis;
  const responsiveness = new Set(
    model.questions.filter((q) => q.dimension === 'responsiveness').map((q) => q.id),
  );

  it('gets no banking or telecom actions, and its own governance of customer impact', () => {
    const ids = idsOf(roadmap);
    expect(ids.filter((id) => id.startsWith('bank-'))).toEqual([]);
    expect(ids).not.toContain('outage-notifications');
    expect(ids).toContain('government-service-governance');
  });

  it('gets nothing for responsiveness, which it left out of scope', () => {
    for (const action of proposed(roadmap)) {
      expect(Object.keys(action.lifts).some((q) => !responsiveness.has(q))).toBe(true);
      for (const gap of action.gaps) expect(responsiveness.has(gap.question)).toBe(false);
    }
    expect(idsOf(roadmap)).not.toContain('complaint-response-times');
    for (const phase of roadmap.phases) {
      expect(phase.projected.dimensions['responsiveness']).toBeNull();
      for (const q of Object.keys(phase.projected.answers))
        expect(responsiveness.has(q)).toBe(false);
    }
  });

  it('takes the inventory it already keeps as in place, so what waits on it starts without it', () => {
    expect(roadmap.inPlace).toContain('communication-inventory');
    expect(idsOf(roadmap)).not.toContain('communication-inventory');
    for (const action of proposed(roadmap))
      if (action.prerequisites.includes('communication-inventory'))
        expect(action.prerequisitesInPlace).toContain('communication-inventory');
  });
});

describe('briefing the contact centre', () => {
  // The telecom, but customer care no longer hears of new sending rules or templates.
  const telecom = loadExample('telecom');
  const uninformed = (id: string): Record<string, string> => {
    const row = telecom.raci[id];
    const { 'customer-service': _cs, ...others } = row === 'unknown' || !row ? {} : row;
    return others;
  };
  const assessment: Assessment = {
    ...telecom,
    raci: {
      ...telecom.raci,
      'triggers.define': uninformed('triggers.define'),
      'content.author': uninformed('content.author'),
    },
  };
  const analysis = analyse(model, assessment);
  const informed = (raci: Assessment['raci'], id: string): Assessment['raci'] => {
    const row = raci[id];
    return { ...raci, [id]: { ...(row === 'unknown' ? {} : row), 'customer-service': 'I' } };
  };

  it('is proposed in the first phase, owned by customer service, when customer care is left out of front-line work', () => {
    expect(analysis.activities['triggers.define']?.flags).toContain('contact-centre-unaware');
    expect(analysis.roadmap.phases[0]?.actions).toContainEqual(
      expect.objectContaining({
        id: 'contact-centre-briefing',
        owner: 'customer-service',
        flags: ['contact-centre-unaware'],
      }),
    );
  });

  it('is not proposed once customer care is informed on every front-line activity, its dimension at target', () => {
    const raci = informed(informed(assessment.raci, 'triggers.define'), 'content.author');
    const { roadmap, activities } = analyse(model, { ...assessment, raci });
    expect(Object.values(activities).flatMap((a) => a.flags)).not.toContain(
      'contact-centre-unaware',
    );
    expect(idsOf(roadmap)).not.toContain('contact-centre-briefing');
  });

  it('is in place once customer care is informed and briefed before every campaign', () => {
    const raci = informed(informed(assessment.raci, 'triggers.define'), 'content.author');
    const maturity = { ...assessment.maturity, 'feedback.briefing': 3 as const };
    const { roadmap } = analyse(model, { ...assessment, raci, maturity });
    expect(idsOf(roadmap)).not.toContain('contact-centre-briefing');
    expect(roadmap.inPlace).toContain('contact-centre-briefing');
  });

  it('informs customer care on the front-line activities in the to-be RACI', () => {
    for (const id of ['triggers.define', 'content.author', 'incidents.crisis'])
      expect(analysis.roadmap.toBe[id]?.['customer-service']).toMatch(/[RACI]/);
    expect(analysis.roadmap.toBe['triggers.define']?.['customer-service']).toBe('I');
  });
});

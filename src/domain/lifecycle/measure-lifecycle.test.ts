import { describe, expect, it } from 'vitest';
import type { ActivityResult } from '../analysis';
import { buildTeamOrder } from '../raci/team-order';
import { measureLifecycle } from './measure-lifecycle';

const order = buildTeamOrder(
  { teams: [] },
  { teams: ['marketing', 'it', 'ccm'].map((id) => ({ id, name: id })) },
);
const stages = ['data', 'triggers', 'content', 'review'].map((id) => ({ id }));
const activity = (
  stage: string,
  accountable: string[],
  status: ActivityResult['status'] = 'answered',
): ActivityResult => ({
  flags: [],
  accountable,
  stage,
  status,
  source: status === 'answered' ? 'consensus' : null,
  responsible: [],
  consulted: [],
  informed: [],
  flagDetails: [],
});
const measure = (list: Record<string, ActivityResult>, controlFunction: string | null = 'ccm') =>
  measureLifecycle({ stages, activities: list, order, controlFunction });

describe('measureLifecycle', () => {
  it('gives a single control function accountable everywhere fragmentation 0, one owner, no handoff, coverage 1', () => {
    const all = Object.fromEntries(
      stages.flatMap(({ id }) => [
        [`${id}.a`, activity(id, ['ccm'])],
        [`${id}.b`, activity(id, ['ccm'])],
      ]),
    );
    const { lifecycle } = measure(all);
    expect(lifecycle).toMatchObject({
      accountableOwners: 1,
      hhi: 1,
      fragmentationIndex: 0,
      handoffs: 0,
      orphanRate: 0,
      contestRate: 0,
      controlFunctionCoverage: 1,
    });
  });

  it('splits an activity with two accountable teams ½–½ in the shares', () => {
    const { lifecycle, stages: byStage } = measure({ 'data.a': activity('data', ['it', 'ccm']) });
    expect(lifecycle.mainOwners).toEqual([
      { team: 'it', share: 0.5 },
      { team: 'ccm', share: 0.5 },
    ]);
    expect(lifecycle).toMatchObject({ hhi: 0.5, fragmentationIndex: 0.5, contestRate: 1 });
    expect(byStage['data']?.mainAccountable).toBe('it');
  });

  it('calls one owned activity among 22 orphans fragmented, not one owner with fragmentation 0', () => {
    const list: Record<string, ActivityResult> = { 'data.a': activity('data', ['ccm']) };
    for (let i = 0; i < 22; i++) list[`review.${i}`] = activity('review', []);
    const { lifecycle } = measure(list);
    expect(lifecycle.accountableOwners).toBe(1);
    expect(lifecycle.hhi).toBeCloseTo(1 / 23);
    expect(lifecycle.fragmentationIndex).toBeCloseTo(22 / 23);
    expect(lifecycle.mainOwners).toEqual([{ team: 'ccm', share: 1 / 23 }]);
  });

  it('counts towards coverage only the activities where the control function is the one accountable team', () => {
    const { lifecycle } = measure({
      'data.a': activity('data', ['ccm']),
      'data.b': activity('data', ['it', 'ccm']),
      'data.c': activity('data', ['it']),
      'data.d': activity('data', []),
    });
    expect(lifecycle.controlFunctionCoverage).toBe(0.25);
  });

  it('counts a handoff wherever the main accountable team of adjacent stages differs', () => {
    const { lifecycle, stages: byStage } = measure({
      'data.a': activity('data', ['it']),
      'triggers.a': activity('triggers', ['it']),
      'content.a': activity('content', ['marketing']),
      'review.a': activity('review', ['ccm']),
    });
    expect(lifecycle.handoffs).toBe(2);
    expect(Object.values(byStage).map((s) => s.handoffFromPrevious)).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });

  it('takes the team with the largest share as the stage’s main accountable team', () => {
    const { stages: byStage } = measure({
      'data.a': activity('data', ['it']),
      'data.b': activity('data', ['ccm']),
      'data.c': activity('data', ['ccm', 'it']),
      'data.d': activity('data', ['ccm']),
    });
    expect(byStage['data']?.mainAccountable).toBe('ccm');
  });

  it('treats a stage with no accountable team as "no one", different from every team but not from itself', () => {
    const { lifecycle } = measure({
      'data.a': activity('data', ['ccm']),
      'triggers.a': activity('triggers', []),
      'content.a': activity('content', []),
      'review.a': activity('review', ['ccm']),
    });
    expect(lifecycle.handoffs).toBe(2);
    expect(lifecycle.orphanRate).toBe(0.5);
  });

  it('skips stages that are out of scope or unanswered, so their neighbours become adjacent', () => {
    const { lifecycle, stages: byStage } = measure({
      'data.a': activity('data', ['ccm']),
      'triggers.a': activity('triggers', ['it'], 'out-of-scope'),
      'content.a': activity('content', [], 'unknown'),
      'review.a': activity('review', ['ccm']),
    });
    expect(lifecycle.handoffs).toBe(0);
    expect(byStage['triggers']).toMatchObject({ inScope: false, counted: false });
    expect(byStage['content']).toMatchObject({
      inScope: true,
      counted: false,
      mainAccountable: null,
    });
  });

  it('leaves "don’t know", unanswered and out-of-scope activities out of the rates', () => {
    const { lifecycle } = measure({
      'data.a': activity('data', []),
      'data.b': activity('data', ['ccm']),
      'data.c': activity('data', [], 'unknown'),
      'data.d': activity('data', [], 'unanswered'),
      'review.a': activity('review', [], 'out-of-scope'),
    });
    expect(lifecycle).toMatchObject({
      orphanRate: 0.5,
      activitiesInScope: 4,
      answeredActivities: 2,
      unknownActivities: 1,
    });
  });

  it('gives coverage 0 when the assessment removed the control function', () => {
    expect(
      measure({ 'data.a': activity('data', ['it']) }, null).lifecycle.controlFunctionCoverage,
    ).toBe(0);
  });

  it('gives every-activity-orphaned lifecycles an HHI of 1/n: as fragmented as it gets', () => {
    const { lifecycle } = measure({
      'data.a': activity('data', []),
      'data.b': activity('data', []),
      'review.a': activity('review', []),
      'review.b': activity('review', []),
    });
    expect(lifecycle).toMatchObject({ accountableOwners: 0, hhi: 0.25, fragmentationIndex: 0.75 });
  });

  it('has no rates and no concentration when nothing is answered', () => {
    expect(measure({}).lifecycle).toMatchObject({
      accountableOwners: 0,
      hhi: null,
      fragmentationIndex: null,
      orphanRate: null,
      contestRate: null,
      controlFunctionCoverage: null,
      handoffs: 0,
    });
  });
});

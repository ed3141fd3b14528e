import { describe, expect, it } from 'vitest';
import type { StageResult } from '../../domain/analysis';
import { layoutLifecycle, type LifecycleLayoutInput } from './lifecycle-strip-layout';

const stage = (owner: string | null, handoff: boolean, more: Partial<StageResult> = {}) => ({
  inScope: true,
  mainAccountable: owner,
  accountableShares: {},
  handoffFromPrevious: handoff,
  counted: true,
  ...more,
});
const input: LifecycleLayoutInput = {
  stages: ['data', 'triggers', 'content', 'review', 'delivery'].map((id) => ({ id, name: id })),
  results: {
    data: stage('marketing', false),
    triggers: stage('marketing', false),
    content: stage(null, true),
    review: stage('ccm', true),
    delivery: stage(null, false, { inScope: false, counted: false }),
  },
  teamLabel: (id) => id.toUpperCase(),
  controlFunction: 'ccm',
  words: { noOne: 'No one', notCounted: 'No answers', outOfScope: 'Out of scope' },
  width: 1000,
  rtl: false,
};

describe('laying out the lifecycle strip', () => {
  it('names each stage’s main accountable team, and says so when no one is', () => {
    const { blocks } = layoutLifecycle(input);
    expect(blocks.map((b) => [b.kind, b.ownerText])).toEqual([
      ['team', 'MARKETING'],
      ['team', 'MARKETING'],
      ['no-one', 'No one'],
      ['control-function', 'CCM'],
      ['out-of-scope', 'Out of scope'],
    ]);
  });

  it('marks a handoff in the gap before a stage whose owner changes', () => {
    const { blocks } = layoutLifecycle(input);
    expect(blocks.map((b) => b.marker !== null)).toEqual([false, false, true, true, false]);
    const content = blocks[2];
    expect(content?.marker?.cx).toBeLessThan(content?.x ?? 0);
    expect(content?.marker?.cx).toBeGreaterThan((blocks[1]?.x ?? 0) + (blocks[1]?.width ?? 0));
  });

  it('flows onto more lines in a narrow box', () => {
    const layout = layoutLifecycle({ ...input, width: 300 });
    expect(new Set(layout.blocks.map((b) => b.y)).size).toBeGreaterThan(1);
    for (const block of layout.blocks) expect(block.x + block.width).toBeLessThanOrEqual(300);
  });

  it('starts at the right in right-to-left pages', () => {
    const { blocks } = layoutLifecycle({ ...input, rtl: true });
    expect(blocks[0]?.x).toBeGreaterThan(blocks[1]?.x ?? 0);
    expect(blocks[2]?.marker?.cx).toBeGreaterThan((blocks[2]?.x ?? 0) + (blocks[2]?.width ?? 0));
  });
});

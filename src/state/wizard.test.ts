import { describe, expect, it } from 'vitest';
import { Wizard, layoutSteps } from './wizard.svelte';

function wizard(out: string[] = [], start?: string) {
  const scope = { out };
  const w = new Wizard(
    () => ({
      dimensions: ['ownership', 'review'],
      stages: ['data', 'review'],
      isOutOfScope: (_kind, id) => scope.out.includes(id),
    }),
    start,
  );
  return { w, scope };
}

describe('the questionnaire wizard', () => {
  it('lays out profile, teams, one step per dimension and per stage, then the summary', () => {
    expect(layoutSteps({ dimensions: ['a'], stages: ['s'], isOutOfScope: () => false })).toEqual([
      'profile',
      'teams',
      'dimension:a',
      'raci:s',
      'summary',
    ]);
  });

  it('moves forward and back and stays within the ends', () => {
    const { w } = wizard();
    w.back();
    expect(w.current).toBe('profile');
    w.next();
    w.next();
    expect(w.current).toBe('dimension:ownership');
    for (let i = 0; i < 10; i++) w.next();
    expect(w.current).toBe('summary');
    expect(w.isLast).toBe(true);
  });

  it('jumps to any step and ignores unknown ones', () => {
    const { w } = wizard();
    w.goto('raci:review');
    expect(w.current).toBe('raci:review');
    w.goto('raci:nowhere');
    expect(w.current).toBe('raci:review');
  });

  it('resumes at a saved step', () => {
    expect(wizard([], 'dimension:review').w.current).toBe('dimension:review');
    expect(wizard([], 'not-a-step').w.current).toBe('profile');
  });

  it('leaves out-of-scope steps out and falls back to the nearest earlier step', () => {
    const { w } = wizard(['review'], 'raci:review');
    expect(w.steps).not.toContain('raci:review');
    expect(w.steps).not.toContain('dimension:review');
    expect(w.current).toBe('raci:data');
  });
});

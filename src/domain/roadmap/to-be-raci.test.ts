import { describe, expect, it } from 'vitest';
import { buildAssessment, buildModel } from '../testing/fixtures';
import { buildToBeRaci, type ActivityRaci } from './to-be-raci';

const model = buildModel();
const answered = (
  letters: Partial<Record<'responsible' | 'accountable' | 'consulted' | 'informed', string[]>>,
): ActivityRaci => ({
  status: 'answered',
  responsible: [],
  accountable: [],
  consulted: [],
  informed: [],
  ...letters,
});

const toBe = (activities: Record<string, ActivityRaci>, assessment = buildAssessment()) =>
  buildToBeRaci(model, assessment, activities);

describe('buildToBeRaci', () => {
  it('makes the control function accountable and keeps an accountable doer as responsible', () => {
    const result = toBe({
      'review.approve': answered({
        responsible: ['compliance'],
        accountable: ['compliance'],
        informed: ['marketing'],
      }),
    });
    expect(result['review.approve']).toEqual({ marketing: 'I', compliance: 'R', ccm: 'A' });
  });

  it('turns an accountable team that did not do the work into a consulted one', () => {
    const result = toBe({
      'content.author': answered({ responsible: ['marketing'], accountable: ['it', 'compliance'] }),
    });
    expect(result['content.author']).toEqual({
      marketing: 'R',
      it: 'C',
      compliance: 'C',
      ccm: 'A',
    });
  });

  it('drops I where a team becomes consulted', () => {
    const result = toBe({ 'data.source': answered({ accountable: ['it'], informed: ['it'] }) });
    expect(result['data.source']?.['it']).toBe('C');
  });

  it('keeps the control function responsible where it already does the work', () => {
    const result = toBe({
      'triggers.define': answered({ responsible: ['ccm'], consulted: ['ccm', 'it'] }),
    });
    expect(result['triggers.define']).toEqual({ it: 'C', ccm: 'RA' });
  });

  it('gives an unanswered or unknown activity the control function alone', () => {
    const result = toBe({ 'data.quality': { ...answered({}), status: 'unknown' } });
    expect(result['data.quality']).toEqual({ ccm: 'A' });
    expect(result['review.periodic']).toEqual({ ccm: 'A' });
  });

  it('includes the control function even when the assessment has no such team', () => {
    const assessment = buildAssessment({
      teams: [
        { id: 'marketing', name: 'Marketing' },
        { id: 'x1', name: 'فريق جديد' },
      ],
    });
    const result = toBe(
      { 'content.library': answered({ responsible: ['x1'], accountable: ['marketing'] }) },
      assessment,
    );
    expect(result['content.library']).toEqual({ marketing: 'C', ccm: 'A', x1: 'R' });
  });

  it('leaves out the activities of an out-of-scope stage', () => {
    const result = toBe(
      {},
      buildAssessment({ outOfScope: { stages: ['content'], dimensions: [] } }),
    );
    expect(Object.keys(result)).toEqual([
      'data.source',
      'data.quality',
      'triggers.define',
      'triggers.change',
      'review.approve',
      'review.periodic',
    ]);
  });
});

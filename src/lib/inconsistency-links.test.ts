import { describe, expect, it } from 'vitest';
import { linkInconsistencies } from './inconsistency-links';

const names = {
  questions: [{ id: 'review.regulation', dimension: 'review', text: 'When a regulation changes…' }],
  activities: [{ id: 'review.approve', stage: 'review', name: 'Approve before release' }],
};

describe('linking an inconsistency to its answers', () => {
  it('writes the text in the page language and links each question to its dimension step and each activity to its RACI step', () => {
    const [view] = linkInconsistencies(
      [
        {
          rule: 'r',
          questions: ['review.regulation'],
          activities: ['review.approve'],
          text: { en: 'Why', ar: 'لماذا' },
        },
      ],
      'ar',
      names,
    );
    expect(view).toEqual({
      rule: 'r',
      text: 'لماذا',
      links: [
        {
          id: 'review.regulation',
          kind: 'question',
          label: 'When a regulation changes…',
          step: 'dimension:review',
        },
        {
          id: 'review.approve',
          kind: 'activity',
          label: 'Approve before release',
          step: 'raci:review',
        },
      ],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKSHOP_QUESTIONS } from '../../domain/workshop/plan';
import { roomMinutes } from './room-time';

describe('how long a room needs', () => {
  it('is under fifteen minutes for the accountable team of 27 activities and the default questions', () => {
    expect(
      roomMinutes({
        letters: 'accountable',
        activities: 27,
        questions: DEFAULT_WORKSHOP_QUESTIONS.length,
      }),
    ).toBeLessThan(15);
  });

  it('is longer when the room gives all four letters', () => {
    const ask = { activities: 27, questions: 10 };
    expect(roomMinutes({ ...ask, letters: 'raci' })).toBeGreaterThan(
      roomMinutes({ ...ask, letters: 'accountable' }),
    );
  });

  it('grows with every question added', () => {
    const ask = { letters: 'accountable', activities: 27 } as const;
    expect(roomMinutes({ ...ask, questions: 40 })).toBeGreaterThan(
      roomMinutes({ ...ask, questions: 10 }),
    );
  });
});

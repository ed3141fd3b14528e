import type { WorkshopLetters } from '../../domain/workshop/plan';

/** Seconds a participant takes, by what is asked: picking one team, all four letters, a level. */
const SECONDS = { accountable: 12, raci: 40, question: 25 } as const;
/** Minutes to get a room joined and started, whatever is asked. */
const JOINING_MINUTES = 2;

/** What a room is asked, counted. */
export interface RoomAsk {
  letters: WorkshopLetters;
  activities: number;
  questions: number;
}

/**
 * Roughly how many minutes a room needs to answer: a few to join, then each activity and each
 * question at a participant's pace, rounded up to the minute.
 */
export function roomMinutes(ask: RoomAsk): number {
  const seconds = ask.activities * SECONDS[ask.letters] + ask.questions * SECONDS.question;
  return JOINING_MINUTES + Math.ceil(seconds / 60);
}

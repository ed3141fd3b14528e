import * as v from 'valibot';
import { MaturityAnswerSchema, RaciAnswerSchema } from '../../domain/schemas/assessment';
import type { ResponseAnswers } from './api';

/** Where a participant's browser keeps its place in a workshop, per join code. */
export function participantKey(code: string): string {
  return `ccm:workshop-participant:${code.trim().toUpperCase()}`;
}

/** A participant's place in a workshop: who the server knows them as, their answers, what is unsent. */
export const ParticipantEntrySchema = v.object({
  participantId: v.string(),
  token: v.string(),
  answers: v.object({
    maturity: v.record(v.string(), MaturityAnswerSchema),
    raci: v.record(v.string(), RaciAnswerSchema),
  }),
  /** Changes not yet acknowledged by the server (0 when everything is saved). */
  queue: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The item the participant is on. */
  position: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
});
export type ParticipantEntry = v.InferOutput<typeof ParticipantEntrySchema>;

/** No answers yet. */
export function noAnswers(): ResponseAnswers {
  return { maturity: {}, raci: {} };
}

/** The participant's entry for a join code, or null when there is none or it is damaged. */
export function readParticipant(
  code: string,
  storage: Storage = localStorage,
): ParticipantEntry | null {
  try {
    const parsed = v.safeParse(
      ParticipantEntrySchema,
      JSON.parse(storage.getItem(participantKey(code)) ?? 'null'),
    );
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

/** Keeps the participant's entry; false when the browser refuses (answers then live in the page). */
export function writeParticipant(
  code: string,
  entry: ParticipantEntry,
  storage: Storage = localStorage,
): boolean {
  try {
    storage.setItem(participantKey(code), JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

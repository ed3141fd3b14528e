/**
 * The evidence the results show beside the figures: each dimension's answers with the notes
 * written for them, and the activities that carry a note. Selection only: the answers are those
 * the analysis used, the notes those of the assessment; nothing is computed here.
 */
import type { AnswerDriver, DimensionResult } from '../../domain/analysis';

/** Notes by question or activity id, as the assessment keeps them. */
export type Notes = Readonly<Record<string, string>>;

/** One question of a dimension: the answer the analysis used (if any) and its note (if any). */
export interface AnswerEvidence {
  id: string;
  text: string;
  driver: AnswerDriver | undefined;
  note: string | undefined;
}

/** A dimension's evidence: its answers and noted questions in model order, and how many carry a note. */
export interface DimensionEvidence {
  id: string;
  name: string;
  inScope: boolean;
  answers: AnswerEvidence[];
  notes: number;
}

/** A note worth showing: blank text is no note. */
export function noteOf(notes: Notes, id: string): string | undefined {
  const note = notes[id];
  return note !== undefined && note.trim() !== '' ? note : undefined;
}

/**
 * Each dimension's evidence, in model order: the questions the analysis took an answer from,
 * and any other question of the dimension that carries a note (unanswered, or out of scope).
 * Dimensions with neither are left out.
 */
export function dimensionEvidence(
  dimensions: readonly { id: string; name: string }[],
  questions: readonly { id: string; dimension: string; text: string }[],
  results: Readonly<Record<string, DimensionResult | undefined>>,
  notes: Notes,
): DimensionEvidence[] {
  return dimensions.flatMap((dimension) => {
    const result = results[dimension.id];
    const drivers = new Map(result?.drivers.map((d) => [d.question, d]));
    const answers = questions
      .filter((q) => q.dimension === dimension.id)
      .map((q) => ({
        id: q.id,
        text: q.text,
        driver: drivers.get(q.id),
        note: noteOf(notes, q.id),
      }))
      .filter((a) => a.driver !== undefined || a.note !== undefined);
    if (answers.length === 0) return [];
    const noted = answers.filter((a) => a.note !== undefined).length;
    return [{ ...dimension, inScope: result?.inScope ?? true, answers, notes: noted }];
  });
}

/** An activity that carries a note. */
export interface ActivityNote {
  id: string;
  stage: string;
  name: string;
  note: string;
}

/** The activities that carry a note, in model order. */
export function activityNotes(
  activities: readonly { id: string; stage: string; name: string }[],
  notes: Notes,
): ActivityNote[] {
  return activities.flatMap((a) => {
    const note = noteOf(notes, a.id);
    return note === undefined ? [] : [{ ...a, note }];
  });
}

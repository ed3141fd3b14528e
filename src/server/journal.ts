// A workshop's journal: participants' changes appended as JSON lines between two writes of the
// workshop's file. Appending one line (a kilobyte) lands far sooner than rewriting a room of 2,000
// (3 MB), so an answer is acknowledged once its line is on disk; the workshop file is rewritten in
// the background now and then, and the journals it holds are then removed.
import { appendFile } from 'node:fs/promises';
import * as v from 'valibot';
import {
  ParticipantRecordSchema,
  type ParticipantRecord,
  type WorkshopRecord,
} from '../domain/workshop/room/record';

/** One journal line: a participant as they are after a change. */
export const JournalEntrySchema = v.object({
  participant: v.string(),
  record: ParticipantRecordSchema,
});
export type JournalEntry = v.InferOutput<typeof JournalEntrySchema>;

/** The journal file of a workshop for one generation (a new one starts with each file write). */
export function journalName(id: string, generation: number): string {
  return `${id}.journal-${generation}.jsonl`;
}

/** The generation of a workshop's journal file name, or null when the name is not one. */
export function journalGeneration(id: string, name: string): number | null {
  const match = /^(.+)\.journal-(\d+)\.jsonl$/.exec(name);
  return match && match[1] === id ? Number(match[2]) : null;
}

/** A journal's text as entries; lines that do not read are counted, a torn last line apart. */
export function readJournal(text: string): { entries: JournalEntry[]; damaged: number } {
  const lines = text.split('\n');
  // What follows the last newline is empty, or a write a crash cut short: never acknowledged.
  lines.pop();
  const entries: JournalEntry[] = [];
  let damaged = 0;
  for (const line of lines) {
    try {
      const parsed = v.safeParse(JournalEntrySchema, JSON.parse(line));
      if (parsed.success) entries.push(parsed.output);
      else damaged += 1;
    } catch {
      damaged += 1;
    }
  }
  return { entries, damaged };
}

/** Applies entries to a record: a participant is replaced by a later revision, never an earlier. */
export function replayJournal(record: WorkshopRecord, entries: readonly JournalEntry[]): number {
  let applied = 0;
  for (const { participant, record: next } of entries) {
    const current = record.participants[participant];
    if (current && current.revision >= next.revision) continue;
    record.participants[participant] = next;
    applied += 1;
  }
  return applied;
}

interface Pending {
  line: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Appends lines to the current journal file, one append at a time, lines waiting batched. */
export class JournalWriter {
  readonly #path: (generation: number) => string;
  #generation: number;
  #pending: Pending[] = [];
  #appending: Promise<void> | null = null;

  constructor(path: (generation: number) => string, generation: number) {
    this.#path = path;
    this.#generation = generation;
  }

  /** The generation lines now go to. */
  get generation(): number {
    return this.#generation;
  }

  /** Starts a new journal file; returns the generation just ended. */
  rotate(): number {
    this.#generation += 1;
    return this.#generation - 1;
  }

  /** Resolves once the participant's line is on disk. */
  append(participant: string, record: ParticipantRecord): Promise<void> {
    const line = `${JSON.stringify({ participant, record })}\n`;
    return new Promise((resolve, reject) => {
      this.#pending.push({ line, resolve, reject });
      this.#next();
    });
  }

  /** Resolves once no append is in flight. */
  async idle(): Promise<void> {
    while (this.#appending) await this.#appending;
  }

  #next(): void {
    if (this.#appending || this.#pending.length === 0) return;
    const batch = this.#pending;
    this.#pending = [];
    this.#appending = appendFile(
      this.#path(this.#generation),
      batch.map((p) => p.line).join(''),
    ).then(
      () => batch.forEach((p) => p.resolve()),
      (error: unknown) => batch.forEach((p) => p.reject(error)),
    );
    void this.#appending.finally(() => {
      this.#appending = null;
      this.#next();
    });
  }
}

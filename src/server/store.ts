// One lowdb file per workshop in the data directory, `<id>.json`. lowdb's JSONFile family writes
// through steno (a temporary file, then a rename: a reader or a crash sees the old file or the new
// one, never half of one). Between two writes of that file, participants' changes go to a journal
// (journal.ts) and are acknowledged once their line is on disk: a room of 2,000 is a 3 MB file,
// too slow to rewrite for every answer. The file is rewritten in the background after every
// SNAPSHOT_EVERY journal lines or SNAPSHOT_AFTER_MS, and at once for a facilitator's change; each
// rewrite starts a new journal and removes the ones it holds. Writes of the file are batched: one
// at a time, every save asked for meanwhile served by the next. On start, the file is read through
// the record schema and its journals replayed (a later revision replaces an earlier one).
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { readWorkshopRecord, type WorkshopRecord } from '../domain/workshop/room/record';
import { formatProblems, problemsFromIssues } from '../domain/schemas/problems';
import {
  journalGeneration,
  journalName,
  JournalWriter,
  readJournal,
  replayJournal,
} from './journal';
import { recordSerialiser } from './record-text';
import { trace } from './trace';

/** Journal lines after which the workshop file is rewritten. */
export const SNAPSHOT_EVERY = 1000;

/** Time after which journal lines are folded into the workshop file, in milliseconds. */
export const SNAPSHOT_AFTER_MS = 5000;

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** A workshop's record in memory, its file and its journal. */
export class StoredWorkshop {
  readonly #db: Low<WorkshopRecord>;
  readonly #dir: string;
  readonly #journal: JournalWriter;
  #writing = false;
  #waiting: Waiter[] = [];
  #bytes = 0;
  #journalLines = 0;
  #snapshotTimer: NodeJS.Timeout | null = null;

  constructor(dir: string, record: WorkshopRecord, generation = 0) {
    this.#dir = dir;
    // Compact JSON, each participant serialised again only when their answers change.
    const serialise = recordSerialiser();
    const stringify = (data: WorkshopRecord) => {
      const text = serialise(data);
      this.#bytes = text.length;
      return text;
    };
    const path = workshopPath(dir, record.id);
    this.#db = new Low(
      new DataFile<WorkshopRecord>(path, { parse: JSON.parse, stringify }),
      record,
    );
    this.#journal = new JournalWriter((g) => join(dir, journalName(record.id, g)), generation);
  }

  /** The record; change it, then call save() or saveParticipant(). */
  get record(): WorkshopRecord {
    return this.#db.data;
  }

  /** Resolves once a participant's change (joining, answering) is on disk, in the journal. */
  async saveParticipant(participantId: string): Promise<void> {
    const participant = this.record.participants[participantId];
    if (!participant) throw new Error(`no participant ${participantId}`);
    const started = performance.now();
    await this.#journal.append(participantId, participant);
    trace('journal', { ms: performance.now() - started });
    this.#journalLines += 1;
    if (this.#journalLines >= SNAPSHOT_EVERY) void this.save().catch(reportFailure);
    else
      this.#snapshotTimer ??= setTimeout(
        () => void this.save().catch(reportFailure),
        SNAPSHOT_AFTER_MS,
      );
  }

  /** Resolves once the record as it is now (or later) is in the workshop's file. */
  save(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      this.#next();
    });
  }

  /** Stops the background timer (the server is stopping). */
  stop(): void {
    if (this.#snapshotTimer) clearTimeout(this.#snapshotTimer);
    this.#snapshotTimer = null;
  }

  #next(): void {
    if (this.#writing || this.#waiting.length === 0) return;
    const batch = this.#waiting;
    this.#waiting = [];
    this.#writing = true;
    this.stop();
    this.#journalLines = 0;
    // Every change so far is in memory, so this write holds all the ended journals hold.
    const ended = this.#journal.rotate();
    const started = performance.now();
    // Low.write serialises the record synchronously, so this write holds every change made so far.
    this.#db
      .write()
      .then(() => this.#removeJournals(ended))
      .then(
        () => {
          trace('write', {
            saves: batch.length,
            bytes: this.#bytes,
            ms: performance.now() - started,
          });
          this.#settle(batch, (w) => w.resolve());
        },
        (error: unknown) => this.#settle(batch, (w) => w.reject(error)),
      );
  }

  async #removeJournals(upTo: number): Promise<void> {
    await this.#journal.idle();
    const names = await readdir(this.#dir);
    for (const name of names) {
      const generation = journalGeneration(this.record.id, name);
      if (generation !== null && generation <= upTo)
        await rm(join(this.#dir, name), { force: true });
    }
  }

  #settle(batch: Waiter[], each: (waiter: Waiter) => void): void {
    this.#writing = false;
    batch.forEach(each);
    this.#next();
  }
}

function reportFailure(error: unknown): void {
  console.error(`a workshop file could not be written: ${(error as Error).message}`);
}

/** What opening the data directory found. */
export interface OpenedStore {
  workshops: StoredWorkshop[];
  /** Files that could not be read, with why; they are left where they are. */
  damaged: { file: string; reason: string }[];
}

/** The file a workshop is stored in. */
export function workshopPath(dir: string, id: string): string {
  return join(dir, `${id}.json`);
}

/** Reads every workshop file in the directory (creating it if need be), replaying its journals. */
export async function openStore(dir: string): Promise<OpenedStore> {
  await mkdir(dir, { recursive: true });
  const names = (await readdir(dir)).sort();
  const opened: OpenedStore = { workshops: [], damaged: [] };
  for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.'))) {
    const read = await readRecord(join(dir, name));
    if (typeof read === 'string') opened.damaged.push({ file: name, reason: read });
    else if (name !== `${read.id}.json`)
      opened.damaged.push({ file: name, reason: `holds workshop ${read.id}, not ${name}` });
    else opened.workshops.push(await resume(dir, read, names, opened.damaged));
  }
  return opened;
}

/** A stored workshop with its journals replayed and, when there were any, folded into its file. */
async function resume(
  dir: string,
  record: WorkshopRecord,
  names: string[],
  damaged: OpenedStore['damaged'],
): Promise<StoredWorkshop> {
  const journals = names
    .map((name) => ({ name, generation: journalGeneration(record.id, name) }))
    .filter((j): j is { name: string; generation: number } => j.generation !== null)
    .sort((a, b) => a.generation - b.generation);
  for (const { name } of journals) {
    const { entries, damaged: lines } = readJournal(await readFile(join(dir, name), 'utf8'));
    replayJournal(record, entries);
    if (lines > 0) {
      // Kept under another name for a person to look at; the readable lines are replayed.
      await rename(join(dir, name), join(dir, `${name}.damaged`));
      damaged.push({ file: name, reason: `${lines} lines do not read (kept as ${name}.damaged)` });
    }
  }
  const last = journals.at(-1)?.generation ?? -1;
  const stored = new StoredWorkshop(dir, record, last + 1);
  if (journals.length > 0) await stored.save();
  return stored;
}

async function readRecord(path: string): Promise<WorkshopRecord | string> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    return `is not readable JSON (${(error as Error).message})`;
  }
  const result = readWorkshopRecord(data);
  return result.success ? result.output : formatProblems(problemsFromIssues(result.issues));
}

/** Stores a new workshop: resolves once its file exists. */
export async function addWorkshop(dir: string, record: WorkshopRecord): Promise<StoredWorkshop> {
  const stored = new StoredWorkshop(dir, record);
  await stored.save();
  return stored;
}

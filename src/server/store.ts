// One lowdb file per workshop in the data directory. lowdb's JSONFile family writes through steno
// (a temporary file, then a rename: a reader or a crash sees the old file or the new one, never
// half of one). On top of that, saves are batched here: one write at a time per workshop, and every
// save requested while a write is in flight is served by the next one, so a burst of answers costs
// two serialisations, not one each. A save resolves only once a write holding its change has landed.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { readWorkshopRecord, type WorkshopRecord } from '../domain/workshop/room/record';
import { formatProblems, problemsFromIssues } from '../domain/schemas/problems';
import { recordSerialiser } from './record-text';
import { trace } from './trace';

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** A workshop's record in memory and its file, with batched, serialised saves. */
export class StoredWorkshop {
  readonly #db: Low<WorkshopRecord>;
  #writing = false;
  #waiting: Waiter[] = [];
  #bytes = 0;

  constructor(path: string, record: WorkshopRecord) {
    // Compact JSON, each participant serialised again only when their answers change.
    const serialise = recordSerialiser();
    const stringify = (data: WorkshopRecord) => {
      const text = serialise(data);
      this.#bytes = text.length;
      return text;
    };
    this.#db = new Low(
      new DataFile<WorkshopRecord>(path, { parse: JSON.parse, stringify }),
      record,
    );
  }

  /** The record; change it, then call save(). */
  get record(): WorkshopRecord {
    return this.#db.data;
  }

  /** Resolves once the record as it is now (or later) is on disk. */
  save(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      this.#next();
    });
  }

  #next(): void {
    if (this.#writing || this.#waiting.length === 0) return;
    const batch = this.#waiting;
    this.#waiting = [];
    this.#writing = true;
    const started = performance.now();
    // Low.write serialises the record synchronously, so this write holds every change made so far.
    this.#db.write().then(
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

  #settle(batch: Waiter[], each: (waiter: Waiter) => void): void {
    this.#writing = false;
    batch.forEach(each);
    this.#next();
  }
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

/** Reads every workshop file in the directory (creating it if need be) through the record schema. */
export async function openStore(dir: string): Promise<OpenedStore> {
  await mkdir(dir, { recursive: true });
  const names = (await readdir(dir))
    .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
    .sort();
  const opened: OpenedStore = { workshops: [], damaged: [] };
  for (const name of names) {
    const path = join(dir, name);
    const read = await readRecord(path);
    if (typeof read === 'string') opened.damaged.push({ file: name, reason: read });
    else if (name !== `${read.id}.json`)
      opened.damaged.push({ file: name, reason: `holds workshop ${read.id}, not ${name}` });
    else opened.workshops.push(new StoredWorkshop(path, read));
  }
  return opened;
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
  const stored = new StoredWorkshop(workshopPath(dir, record.id), record);
  await stored.save();
  return stored;
}

import type { Assessment } from '../../domain/schemas/assessment';
import type { Problem } from '../../domain/schemas/problems';

/**
 * The version of the wrapper the browser stores around an assessment. The revision counter was
 * added without a new version: a record written before it reads as revision 0.
 */
export const STORAGE_VERSION = 1;

/** What the browser keeps for one assessment: the public file plus where the user was. */
export interface StoredRecord {
  storageVersion: typeof STORAGE_VERSION;
  id: string;
  /**
   * Grows by one with every write; a page may only write over the revision it read, so a stale
   * page never replaces newer work.
   */
  revision: number;
  createdAt: string;
  updatedAt: string;
  /** The wizard step the user was on, so a reload resumes there. */
  step: string;
  assessment: Assessment;
}

/** A stored record that could be read, or one that could not, with its raw text kept. */
export type ReadRecord =
  | { ok: true; id: string; record: StoredRecord }
  | { ok: false; id: string; raw: string; problems: Problem[] };

import { analyse } from '../domain/analyse';
import type { ActivityResult, Analysis } from '../domain/analysis';
import { readTracking, writeTracking, type TrackingDetails } from '../domain/roadmap/track-actions';
import type { Assessment } from '../domain/schemas/assessment';
import type { Model } from '../domain/schemas/model';
import {
  duplicateRecord,
  readAssessment,
  restoreAssessment,
  StorageError,
  writeAssessment,
  type StorageReason,
} from '../lib/storage/assessment-repo';
import type { Elsewhere } from '../lib/storage/elsewhere';
import { diffAssessments } from '../lib/storage/record-diff';
import type { ReadRecord, StoredRecord } from '../lib/storage/stored-record';
import { shareUnchanged } from '../lib/share-unchanged';
import { normaliseLetters } from './assessment-draft.svelte';

/** One RACI cell the what-if changed: a team's letters on an activity, before and after. */
export interface ChangedCell {
  activity: string;
  team: string;
  before: string;
  after: string;
}

/** Where "apply to the assessment" stands; a failure carries the storage reason. */
export type ApplyStatus = 'idle' | 'saved' | 'error';

/** The storage the sandbox writes through (the browser's by default; a fake in tests). */
export interface SandboxRepo {
  read: (id: string) => ReadRecord | null;
  /** Writes over the revision the record holds (refused with `conflict` otherwise). */
  write: (record: StoredRecord) => StoredRecord;
  /** Stores a record again under its id after it was deleted elsewhere. */
  restore: (record: StoredRecord) => StoredRecord;
  /** Stores a copy of an assessment as a new record under a new name. */
  copy: (record: StoredRecord, name: string) => StoredRecord;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The name under which each recomputation is measured in the browser's performance timeline. */
export const ANALYSE_MEASURE = 'ccm:analyse';

/** Each team's letters on an activity, as the analysis resolved them (consensus or workshop). */
export function lettersOf(result: ActivityResult | undefined): Record<string, string> {
  const cells: Record<string, string> = {};
  if (!result) return cells;
  const add = (teams: readonly string[], letter: string): void => {
    for (const team of teams) cells[team] = normaliseLetters((cells[team] ?? '') + letter);
  };
  add(result.responsible, 'R');
  add(result.accountable, 'A');
  add(result.consulted, 'C');
  add(result.informed, 'I');
  return cells;
}

/** The parts of an analysis that cost little to compare and much to redraw. */
const SHARED_PARTS = [
  'dimensions',
  'overall',
  'activities',
  'stages',
  'lifecycle',
  'teams',
  'workshop',
] as const satisfies readonly (keyof Analysis)[];

function sharePart<K extends keyof Analysis>(into: Analysis, last: Analysis, part: K): void {
  if (part in into) into[part] = shareUnchanged(last[part], into[part]);
}

function timedAnalyse(model: Model, assessment: Assessment): Analysis {
  const start = performance.now();
  const analysis = analyse(model, assessment);
  performance.measure(ANALYSE_MEASURE, { start, end: performance.now() });
  return analysis;
}

/**
 * The what-if sandbox: a working copy of the assessment's RACI that the results page renders
 * from. Every edit replaces the working copy, so `analysis` (and every view) recomputes; nothing
 * is stored until `apply()`.
 */
export class Sandbox {
  /** The stored record the sandbox started from; replaced when the working copy is applied. */
  record: StoredRecord = $state.raw() as StoredRecord;
  /** The assessment with the what-if edits; never mutated, replaced on each edit. */
  working: Assessment = $state.raw() as Assessment;
  applyStatus: ApplyStatus = $state('idle');
  /** Why the last apply failed. */
  applyError: StorageReason | null = $state(null);
  /** Why the last roadmap tracking save failed (null: it did not). */
  trackError: StorageReason | null = $state(null);
  /** What another tab did to the stored assessment while this page holds what-if edits. */
  elsewhere: Elsewhere | null = $state.raw(null);

  readonly #model: Model;
  readonly #repo: SandboxRepo;

  /** The analysis of the stored assessment, to compare the what-if against. */
  readonly baseline: Analysis = $derived(this.#analyse(this.record.assessment));
  /** The analysis of the working copy: what every view shows (the baseline's until an edit). */
  readonly analysis: Analysis = $derived(
    this.#shareWithLast(
      this.working === this.record.assessment ? this.baseline : this.#analyse(this.working, true),
    ),
  );
  #last: Analysis | undefined;
  /** Each activity's letters in the stored assessment, worked out once per stored version. */
  readonly #stored: Record<string, Record<string, string>> = $derived(
    Object.fromEntries(
      Object.entries(this.baseline.activities).map(([id, result]) => [id, lettersOf(result)]),
    ),
  );
  /** Every cell whose letters differ from the stored assessment, in model order. */
  readonly changed: ChangedCell[] = $derived(this.changesIn(this.analysis));

  constructor(
    model: Model,
    record: StoredRecord,
    repo: SandboxRepo = {
      read: (id) => readAssessment(model, id),
      write: (r) => writeAssessment(model, r),
      restore: (r) => restoreAssessment(model, r),
      copy: (r, name) => duplicateRecord(model, r, name),
    },
  ) {
    this.#model = model;
    this.#repo = repo;
    this.record = record;
    this.working = record.assessment;
  }

  // A method, not the field: the derived values are declared before the constructor sets #model.
  #analyse(assessment: Assessment, timed = false): Analysis {
    return timed ? timedAnalyse(this.#model, assessment) : analyse(this.#model, assessment);
  }

  /**
   * Keeps the previous analysis's objects for the parts an edit left equal, so views keyed on
   * identity skip them (a RACI edit never changes maturity, for one). The heatmap and the roadmap
   * are left out: comparing their explanations costs more than their views save.
   */
  #shareWithLast(next: Analysis): Analysis {
    const last = this.#last;
    const shared: Analysis = last ? { ...next } : next;
    if (last) for (const part of SHARED_PARTS) sharePart(shared, last, part);
    this.#last = shared;
    return shared;
  }

  /**
   * A team's letters on an activity in the working copy ('' when none), or in `analysis` (one a
   * view still shows).
   */
  letters(activity: string, team: string, analysis: Analysis = this.analysis): string {
    return lettersOf(analysis.activities[activity])[team] ?? '';
  }

  /** Sets a team's letters on an activity ('' clears them); other teams keep theirs. */
  setLetters(activity: string, team: string, letters: string): void {
    const next = normaliseLetters(letters.toUpperCase());
    const cells = this.#cells(activity);
    if ((cells[team] ?? '') === next) return;
    if (next) cells[team] = next;
    else delete cells[team];
    this.#put(activity, cells);
  }

  /** Moves the A of an activity from one team (or from no one) to another. */
  moveAccountable(activity: string, from: string | null, to: string): void {
    const cells = this.#cells(activity);
    if (from !== null && from !== to) {
      const rest = (cells[from] ?? '').replace('A', '');
      if (rest) cells[from] = rest;
      else delete cells[from];
    }
    cells[to] = normaliseLetters(`${cells[to] ?? ''}A`);
    this.#put(activity, cells);
  }

  /** Drops every edit: the working copy is the stored assessment again. */
  reset(): void {
    this.working = this.record.assessment;
    this.applyStatus = 'idle';
    this.applyError = null;
  }

  /** The what-if edits by activity: each activity whose answer differs from the stored one. */
  #edits(): Record<string, Assessment['raci'][string]> {
    const stored = this.record.assessment.raci;
    return Object.fromEntries(
      Object.entries(this.working.raci).filter(([id, answer]) => !same(answer, stored[id])),
    );
  }

  /** This page's copy: the stored assessment it started from with the what-if RACI. */
  #mine(): StoredRecord {
    return { ...this.record, assessment: { ...this.record.assessment, raci: this.working.raci } };
  }

  /**
   * The newest stored version of this record, to write over; when another tab's change made it
   * unreadable or deleted it, the page is told and a storage error is thrown.
   */
  #latest(): Extract<ReadRecord, { ok: true }> {
    const latest = this.#repo.read(this.record.id);
    if (!latest?.ok) {
      this.#notice(latest);
      throw new StorageError(latest ? 'conflict' : 'deleted', `${this.record.id} changed`);
    }
    return latest;
  }

  #notice(read: ReadRecord | null): void {
    this.elsewhere =
      read === null
        ? { kind: 'deleted' }
        : {
            kind: 'changed',
            differences: read.ok
              ? diffAssessments(this.#mine().assessment, read.record.assessment)
              : null,
          };
  }

  #adopt(next: StoredRecord): void {
    this.record = next;
    this.working = next.assessment;
    this.elsewhere = null;
    this.applyStatus = 'idle';
    this.applyError = null;
  }

  #fail(error: unknown): false {
    this.applyStatus = 'error';
    this.applyError = error instanceof StorageError ? error.reason : 'unavailable';
    return false;
  }

  /**
   * Writes the what-if edits into the stored assessment and marks it a draft again. What another
   * tab saved meanwhile is kept: the edits are laid over the newest stored version, activity by
   * activity; if another tab changed an activity this page edited too, nothing is written and
   * the page is told (`elsewhere`). Returns whether it was stored.
   */
  apply(): boolean {
    try {
      const latest = this.#latest();
      const base = latest.record;
      const edits = this.#edits();
      const clash = Object.keys(edits).some(
        (id) => !same(base.assessment.raci[id], this.record.assessment.raci[id]),
      );
      if (clash) {
        this.#notice(latest);
        throw new StorageError('conflict', `${this.record.id} changed elsewhere`);
      }
      const written = this.#repo.write({
        ...base,
        // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, not state
        updatedAt: new Date().toISOString(),
        assessment: {
          ...base.assessment,
          raci: { ...base.assessment.raci, ...edits },
          status: 'draft',
        },
      });
      this.#adopt(written);
      this.applyStatus = 'saved';
      return true;
    } catch (error) {
      if (error instanceof StorageError && error.reason === 'conflict' && !this.elsewhere)
        this.#notice(this.#repo.read(this.record.id));
      return this.#fail(error);
    }
  }

  /** How the stored assessment tracks a roadmap action. */
  tracking(actionId: string): TrackingDetails {
    return readTracking(this.record.assessment.roadmap[actionId]);
  }

  /**
   * Stores how a roadmap action is tracked, laid over the newest stored version so what another
   * tab saved stays; if another tab changed this action's tracking meanwhile, nothing is written
   * and the page is told (`elsewhere`). The what-if edits stay unapplied. Returns whether it was
   * stored.
   */
  track(actionId: string, details: TrackingDetails): boolean {
    try {
      const latest = this.#latest();
      const base = latest.record;
      const mine = this.record.assessment.roadmap[actionId];
      if (!same(base.assessment.roadmap[actionId], mine)) {
        this.#notice(latest);
        throw new StorageError('conflict', `${this.record.id} changed elsewhere`);
      }
      const edits = this.#edits();
      const written = this.#repo.write({
        ...base,
        // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, not state
        updatedAt: new Date().toISOString(),
        assessment: {
          ...base.assessment,
          roadmap: { ...base.assessment.roadmap, [actionId]: writeTracking(details) },
        },
      });
      this.record = written;
      this.working = {
        ...written.assessment,
        raci: { ...written.assessment.raci, ...edits },
      };
      this.trackError = null;
      return true;
    } catch (error) {
      this.trackError = error instanceof StorageError ? error.reason : 'unavailable';
      return false;
    }
  }

  /**
   * Follows a change another tab made: without what-if edits the page takes the stored version
   * quietly; with edits, or when the record was deleted, it is told (`elsewhere`).
   */
  follow(): void {
    const read = this.#repo.read(this.record.id);
    if (read?.ok && read.record.revision === this.record.revision && !this.elsewhere) return;
    if (read?.ok && this.changed.length === 0 && !this.elsewhere) this.#adopt(read.record);
    else this.#notice(read);
  }

  /** Takes the stored version, dropping the what-if edits. */
  reload(): void {
    const read = this.#repo.read(this.record.id);
    if (read?.ok) this.#adopt(read.record);
    else this.#notice(read);
  }

  /** Stores this page's copy (with its what-if RACI) as a new assessment; returns it. */
  keepBoth(name: string): StoredRecord | null {
    try {
      return this.#repo.copy(this.#mine(), name);
    } catch (error) {
      return this.#fail(error) || null;
    }
  }

  /** Stores the assessment again under its id after another tab deleted it; the edits stay. */
  restore(): void {
    try {
      this.record = this.#repo.restore(this.record);
      this.elsewhere = null;
    } catch (error) {
      this.#fail(error);
      if (error instanceof StorageError && error.reason === 'conflict')
        this.#notice(this.#repo.read(this.record.id));
    }
  }

  /** The activity's cells to edit: its own answer, or what the analysis resolved for it. */
  #cells(activity: string): Record<string, string> {
    const answer = this.working.raci[activity];
    if (answer && answer !== 'unknown') return { ...answer };
    return lettersOf(this.analysis.activities[activity]);
  }

  #put(activity: string, cells: Record<string, string>): void {
    this.working = { ...this.working, raci: { ...this.working.raci, [activity]: cells } };
    this.applyStatus = 'idle';
  }

  /**
   * Every cell whose letters in `analysis` (the working copy's, or one a view still shows) differ
   * from the stored assessment, in model order.
   */
  changesIn(analysis: Analysis): ChangedCell[] {
    const out: ChangedCell[] = [];
    if (analysis === this.baseline) return out;
    for (const { id } of this.#model.activities) {
      const before = this.#stored[id] ?? {};
      const after = lettersOf(analysis.activities[id]);
      for (const { id: team } of this.working.teams) {
        const b = before[team] ?? '';
        const a = after[team] ?? '';
        if (a !== b) out.push({ activity: id, team, before: b, after: a });
      }
    }
    return out;
  }
}

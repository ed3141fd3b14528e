import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyse } from '../domain/analyse';
import { parseAssessment } from '../domain/schemas/parse-assessment';
import type { Assessment } from '../domain/schemas/assessment';
import { loadModel } from '../lib/model/load-model';
import { MemoryStorage } from '../lib/storage/memory-storage';
import {
  createRecord,
  deleteAssessment,
  readAssessment,
  writeAssessment,
} from '../lib/storage/assessment-repo';
import type { StoredRecord } from '../lib/storage/stored-record';
import { ANALYSE_MEASURE, Sandbox } from './sandbox.svelte';

const model = loadModel();

function bank(): Assessment {
  const parsed = parseAssessment(JSON.parse(readFileSync('examples/bank-fragmented.json', 'utf8')));
  if (!parsed.ok) throw new Error('the bank example does not parse');
  return { ...parsed.value, status: 'final' };
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  globalThis.localStorage = storage;
});

const open = (): Sandbox => new Sandbox(model, createRecord(model, bank()));

describe('the what-if sandbox', () => {
  it('starts with the analysis of the stored assessment and no change', () => {
    const s = open();
    expect(s.analysis.activities['data.source']?.flags).toContain('orphaned');
    expect(s.changed).toEqual([]);
  });

  it('clears the orphaned flag when the control function becomes accountable', () => {
    const s = open();
    const before = s.analysis.lifecycle;
    s.setLetters('data.source', 'ccm', 'A');
    expect(s.analysis.activities['data.source']?.flags).not.toContain('orphaned');
    // An orphan counts as its own owner, so a new sole owner leaves concentration as it was.
    expect(s.analysis.lifecycle.accountableOwners).toBe(before.accountableOwners + 1);
    expect(s.analysis.lifecycle.orphanRate).toBeLessThan(before.orphanRate ?? 0);
    expect(s.analysis.lifecycle.controlFunctionCoverage).toBeGreaterThan(0);
    expect(s.changed).toEqual([{ activity: 'data.source', team: 'ccm', before: '', after: 'A' }]);
  });

  it('keeps the objects an edit left unchanged, and shows exactly what analyse() gives', () => {
    const s = open();
    const before = s.analysis;
    s.setLetters('data.source', 'ccm', 'A');
    const after = s.analysis;
    // A RACI edit never changes maturity: the views showing it see the same objects and skip.
    expect(after.dimensions).toBe(before.dimensions);
    expect(after.overall).toBe(before.overall);
    expect(after.activities['triggers.define']).toBe(before.activities['triggers.define']);
    expect(after.activities['data.source']).not.toBe(before.activities['data.source']);
    expect(after.lifecycle).not.toBe(before.lifecycle);
    expect(after).toStrictEqual(analyse(model, s.working));
  });

  it('keeps letters in R, A, C, I order and clears a cell with an empty string', () => {
    const s = open();
    s.setLetters('data.source', 'ccm', 'ca');
    expect(s.letters('data.source', 'ccm')).toBe('AC');
    s.setLetters('data.source', 'ccm', '');
    expect(s.letters('data.source', 'ccm')).toBe('');
    expect(s.changed).toEqual([]);
  });

  it('moves an A from one team to another, keeping the rest of their letters', () => {
    const s = open();
    const [owner] = s.analysis.activities['triggers.define']?.accountable ?? [];
    if (!owner) throw new Error('triggers.define should have an owner in the example');
    const ownerLetters = s.letters('triggers.define', owner);
    s.moveAccountable('triggers.define', owner, 'ccm');
    expect(s.analysis.activities['triggers.define']?.accountable).toEqual(['ccm']);
    expect(s.letters('triggers.define', owner)).toBe(ownerLetters.replace('A', ''));
  });

  it('makes an orphaned activity owned when the A comes from no one', () => {
    const s = open();
    s.moveAccountable('feedback.route', null, 'customer-service');
    expect(s.analysis.activities['feedback.route']?.accountable).toEqual(['customer-service']);
  });

  it('edits an activity that only the workshop answered from the letters the room gave', () => {
    const a = bank();
    delete a.raci['content.library'];
    const s = new Sandbox(model, createRecord(model, a));
    const before = s.analysis.activities['content.library'];
    expect(before?.source).toBe('workshop');
    s.setLetters('content.library', 'ccm', 'I');
    const after = s.analysis.activities['content.library'];
    expect(after?.source).toBe('consensus');
    expect(after?.responsible).toEqual(before?.responsible);
    expect(after?.accountable).toEqual(before?.accountable);
  });

  it('resets to the stored assessment', () => {
    const s = open();
    s.setLetters('data.source', 'ccm', 'A');
    s.reset();
    expect(s.changed).toEqual([]);
    expect(s.analysis.activities['data.source']?.flags).toContain('orphaned');
  });

  it('applies the working RACI to the stored record, as a draft, keeping its other fields', () => {
    const s = open();
    s.setLetters('data.source', 'ccm', 'A');
    expect(s.apply()).toBe(true);
    const read = readAssessment(model, s.record.id);
    if (!read?.ok) throw new Error('the record should read back');
    expect(read.record.assessment.raci['data.source']).toMatchObject({ ccm: 'A' });
    expect(read.record.assessment.status).toBe('draft');
    expect(read.record.assessment.organisation.name).toBe(bank().organisation.name);
    expect(s.changed).toEqual([]);
    expect(s.applyStatus).toBe('saved');
  });

  it('says why when the browser refuses to store, and keeps the edits', () => {
    const s = open();
    s.setLetters('data.source', 'ccm', 'A');
    storage.quota = 10;
    expect(s.apply()).toBe(false);
    expect(s.applyStatus).toBe('error');
    expect(s.applyError).toBe('quota');
    expect(s.changed).toHaveLength(1);
  });

  it('measures each recomputation in the performance timeline', () => {
    performance.clearMeasures(ANALYSE_MEASURE);
    const s = open();
    s.setLetters('data.source', 'ccm', 'A');
    void s.analysis;
    expect(performance.getEntriesByName(ANALYSE_MEASURE).length).toBeGreaterThan(0);
  });
});

/** Another tab's write: the stored record changed by `change`, over the newest revision. */
function elsewhere(id: string, change: (r: StoredRecord) => void): StoredRecord {
  const read = readAssessment(model, id);
  if (!read?.ok) throw new Error('the record should read');
  const next = structuredClone(read.record);
  change(next);
  return writeAssessment(model, next);
}

describe('the sandbox beside other tabs', () => {
  it('lays its edits over what another tab saved meanwhile, when they touch other activities', () => {
    const s = open();
    s.setLetters('data.source', 'ccm', 'A');
    elsewhere(s.record.id, (r) => {
      r.assessment.raci['data.consent'] = { ccm: 'A' };
      r.assessment.notes['data.source'] = 'from the other tab';
    });
    expect(s.apply()).toBe(true);
    const read = readAssessment(model, s.record.id);
    if (!read?.ok) throw new Error('the record should read back');
    expect(read.record.assessment.raci['data.source']).toMatchObject({ ccm: 'A' });
    expect(read.record.assessment.raci['data.consent']).toEqual({ ccm: 'A' });
    expect(read.record.assessment.notes['data.source']).toBe('from the other tab');
  });

  it('refuses to apply over an activity another tab changed too, and lists the difference', () => {
    const s = open();
    s.setLetters('data.source', 'marketing', 'A');
    elsewhere(s.record.id, (r) => (r.assessment.raci['data.source'] = { ccm: 'A' }));
    expect(s.apply()).toBe(false);
    expect(s.applyError).toBe('conflict');
    expect(s.elsewhere?.kind).toBe('changed');
    const differences = s.elsewhere?.kind === 'changed' ? s.elsewhere.differences : null;
    expect(differences).toContainEqual(
      expect.objectContaining({ area: 'raci', id: 'data.source', team: 'ccm', theirs: 'A' }),
    );
    const read = readAssessment(model, s.record.id);
    expect(read?.ok && read.record.assessment.raci['data.source']).toEqual({ ccm: 'A' });
  });

  it('keeps both: its copy is stored as a new assessment, the other tab’s version stays', () => {
    const s = open();
    s.setLetters('data.source', 'marketing', 'A');
    elsewhere(s.record.id, (r) => (r.assessment.raci['data.source'] = { ccm: 'A' }));
    const copy = s.keepBoth('Copy');
    expect(copy?.assessment.organisation.name).toBe('Copy');
    expect(copy?.assessment.raci['data.source']).toMatchObject({ marketing: 'A' });
    const original = readAssessment(model, s.record.id);
    expect(original?.ok && original.record.assessment.raci['data.source']).toEqual({ ccm: 'A' });
  });

  it('follows another tab quietly without edits, and says so with edits', () => {
    const quiet = open();
    elsewhere(quiet.record.id, (r) => (r.assessment.organisation.name = 'Renamed'));
    quiet.follow();
    expect(quiet.elsewhere).toBeNull();
    expect(quiet.record.assessment.organisation.name).toBe('Renamed');

    const busy = open();
    busy.setLetters('data.source', 'ccm', 'A');
    elsewhere(busy.record.id, (r) => (r.assessment.organisation.name = 'Renamed'));
    busy.follow();
    expect(busy.elsewhere?.kind).toBe('changed');
    expect(busy.changed).toHaveLength(1);
    busy.reload();
    expect(busy.elsewhere).toBeNull();
    expect(busy.changed).toEqual([]);
    expect(busy.record.assessment.organisation.name).toBe('Renamed');
  });

  it('never brings back a record deleted elsewhere, unless restored on purpose', () => {
    const s = open();
    s.setLetters('data.source', 'ccm', 'A');
    deleteAssessment(s.record.id);
    s.follow();
    expect(s.elsewhere).toEqual({ kind: 'deleted' });
    expect(s.apply()).toBe(false);
    expect(s.applyError).toBe('deleted');
    expect(readAssessment(model, s.record.id)).toBeNull();
    s.restore();
    expect(s.elsewhere).toBeNull();
    expect(readAssessment(model, s.record.id)?.ok).toBe(true);
    expect(s.apply()).toBe(true);
  });
});

describe('tracking the roadmap from the results page', () => {
  const stored = (id: string): Assessment => {
    const read = readAssessment(model, id);
    if (!read?.ok) throw new Error('the record should read back');
    return read.record.assessment;
  };
  const firstAction = (s: Sandbox): string => s.analysis.roadmap.phases[0]?.actions[0]?.id ?? '';

  it('stores a status alone in the short form and the rest as an object, and the roadmap follows', () => {
    const s = open();
    const id = firstAction(s);
    expect(s.track(id, { status: 'done' })).toBe(true);
    expect(stored(s.record.id).roadmap[id]).toBe('done');
    expect(s.analysis.roadmap.progress.done).toBe(1);
    expect(
      s.track(id, { status: 'in-progress', owner: 'it', due: '2026-01-31', comment: 'waiting' }),
    ).toBe(true);
    expect(stored(s.record.id).roadmap[id]).toEqual({
      status: 'in-progress',
      owner: 'it',
      due: '2026-01-31',
      comment: 'waiting',
    });
    expect(s.tracking(id)).toMatchObject({ status: 'in-progress', owner: 'it' });
  });

  it('keeps the what-if edits unapplied and what another tab saved', () => {
    const s = open();
    s.setLetters('data.source', 'ccm', 'A');
    elsewhere(s.record.id, (r) => (r.assessment.notes['data.source'] = 'from the other tab'));
    expect(s.track(firstAction(s), { status: 'in-progress' })).toBe(true);
    expect(s.changed).toHaveLength(1);
    expect(stored(s.record.id).raci['data.source']).not.toMatchObject({ ccm: 'A' });
    expect(stored(s.record.id).notes['data.source']).toBe('from the other tab');
  });

  it('refuses to write over an action another tab tracked meanwhile, and says so', () => {
    const s = open();
    const id = firstAction(s);
    elsewhere(s.record.id, (r) => (r.assessment.roadmap[id] = 'done'));
    expect(s.track(id, { status: 'in-progress' })).toBe(false);
    expect(s.trackError).toBe('conflict');
    expect(s.elsewhere?.kind).toBe('changed');
    expect(stored(s.record.id).roadmap[id]).toBe('done');
  });
});

import { describe, expect, it } from 'vitest';
import { analyseExample } from './example-analysis';
import { layoutRaciMatrix, lettersOf, type MatrixActivityRow } from './raci-matrix-layout';

const bank = analyseExample('examples/bank-fragmented.json', 'en');
const input = {
  activities: bank.view.activities,
  stages: bank.stages.map((s) => ({ ...s, inScope: true })),
  teams: bank.teams,
  results: bank.analysis.activities,
  width: 1200,
  rtl: false,
};
const activityRows = (rows: ReturnType<typeof layoutRaciMatrix>['rows']): MatrixActivityRow[] =>
  rows.filter((r): r is MatrixActivityRow => r.kind === 'activity');

describe('laying out the RACI matrix', () => {
  it('puts a header row before each stage’s activities, in lifecycle order', () => {
    const { rows } = layoutRaciMatrix(input);
    expect(rows.filter((r) => r.kind === 'stage').map((r) => r.id)).toEqual(
      bank.stages.map((s) => s.id),
    );
    expect(rows[0]).toMatchObject({ kind: 'stage', id: 'data' });
    expect(rows[1]).toMatchObject({ kind: 'activity', stage: 'data' });
  });

  it('numbers the activity rows for the keyboard, skipping the stage headers', () => {
    const rows = activityRows(layoutRaciMatrix(input).rows);
    expect(rows.map((r) => r.row)).toEqual(rows.map((_, i) => i));
    expect(rows).toHaveLength(bank.view.activities.length);
  });

  it('stacks the rows without gaps or overlaps below the column headers', () => {
    const layout = layoutRaciMatrix(input);
    let y = layout.header;
    for (const row of layout.rows) {
      expect(row.y).toBe(y);
      y += row.height;
    }
    expect(layout.height).toBe(y);
  });

  it('gives a team its letters in R A C I order, and none when it has no part', () => {
    const consent = bank.analysis.activities['data.consent'];
    expect(lettersOf(consent, 'marketing')).toEqual(['R', 'A']);
    expect(lettersOf(consent, 'compliance')).toEqual(['C']);
    expect(lettersOf(consent, 'legal')).toEqual([]);
  });

  it('centres a cell’s letters in equal slots', () => {
    const row = activityRows(layoutRaciMatrix(input).rows).find((r) => r.id === 'data.consent');
    const cell = row?.cells.find((c) => c.team === 'marketing');
    const [first = 0, second = 0] = cell?.slots ?? [];
    expect((first + second) / 2).toBeCloseTo(cell?.cx ?? 0);
  });

  it('places one badge per flag in the flag column, between the names and the teams', () => {
    const layout = layoutRaciMatrix(input);
    const row = activityRows(layout.rows).find((r) => r.id === 'data.quality');
    // Three of the six participants named "no one", one said "don't know": agreement 0.5, a gap.
    expect(row?.flags.map((f) => f.detail.id)).toEqual(['orphaned', 'no-doer', 'perception-gap']);
    for (const flag of row?.flags ?? []) {
      expect(flag.cx).toBeGreaterThan(layout.flags.x);
      expect(flag.cx).toBeLessThan(layout.flags.x + layout.flags.width);
    }
    expect(layout.flags.x + layout.flags.width).toBeLessThanOrEqual(layout.columns[0]?.x ?? 0);
  });

  it('mirrors right-to-left: names at the right, the first team just left of the flags', () => {
    const ltr = layoutRaciMatrix(input);
    const rtl = layoutRaciMatrix({ ...input, rtl: true });
    expect(rtl.width).toBe(ltr.width);
    expect(rtl.label.x).toBe(rtl.width - rtl.label.width);
    expect(rtl.columns[0]?.x).toBe(
      rtl.width - (ltr.columns[0]?.x ?? 0) - (ltr.columns[0]?.width ?? 0),
    );
    expect(rtl.columns[1]?.x).toBeLessThan(rtl.columns[0]?.x ?? 0);
    expect(rtl.headerAngle).toBe(-ltr.headerAngle);
  });

  it('grows wider than a phone rather than squeezing the teams (the matrix scrolls)', () => {
    const layout = layoutRaciMatrix({ ...input, width: 360 });
    expect(layout.width).toBeGreaterThan(360);
    for (const column of layout.columns) expect(column.width).toBeGreaterThanOrEqual(48);
  });

  it('shows a long team name whole, in two lines, with a header tall enough for it', () => {
    const name = 'Customer Experience and Complaints Management';
    const teams = [...input.teams, { id: 'cx', label: name }];
    const layout = layoutRaciMatrix({ ...input, teams });
    const column = layout.columns.find((c) => c.team === 'cx');
    expect(column?.labelLines).toHaveLength(2);
    expect(column?.labelLines.join(' ').replace(/[\u2066-\u2069]/g, '')).toBe(name);
    const short = input.teams.map((t, i) => ({ ...t, label: `T${i}` }));
    expect(layout.header).toBeGreaterThan(layoutRaciMatrix({ ...input, teams: short }).header);
  });

  it('marks an activity that carries a note after its flags, and no other', () => {
    const plain = layoutRaciMatrix(input);
    const layout = layoutRaciMatrix({ ...input, noted: new Set(['review.approve']) });
    const rows = activityRows(layout.rows);
    const approve = rows.find((r) => r.id === 'review.approve');
    const last = approve?.flags.at(-1)?.cx ?? layout.flags.x;
    expect(approve?.noteCx).toBeGreaterThan(last);
    expect(approve?.noteCx).toBeLessThan(layout.flags.x + layout.flags.width);
    expect(rows.filter((r) => r.noteCx !== null).map((r) => r.id)).toEqual(['review.approve']);
    expect(activityRows(plain.rows).every((r) => r.noteCx === null)).toBe(true);
  });

  it('widens the flag column when a note’s marker needs a badge’s place', () => {
    const plain = layoutRaciMatrix(input);
    const most = activityRows(plain.rows).reduce((a, r) =>
      r.flags.length > a.flags.length ? r : a,
    );
    const noted = layoutRaciMatrix({ ...input, noted: new Set([most.id]) });
    expect(noted.flags.width).toBeGreaterThan(plain.flags.width);
  });

  it('lays out a row again when its note comes or goes', () => {
    const first = layoutRaciMatrix(input);
    const next = layoutRaciMatrix({ ...input, noted: new Set(['data.consent']) }, first);
    expect(next).toStrictEqual(layoutRaciMatrix({ ...input, noted: new Set(['data.consent']) }));
  });

  it('reuses the rows a change left alone and lays out the same matrix as from scratch', () => {
    const first = layoutRaciMatrix(input);
    const edited = bank.analysis.activities['data.source'];
    if (!edited) throw new Error('the bank has data.source');
    const results = {
      ...input.results,
      'data.source': { ...edited, accountable: ['ccm'], responsible: [...edited.responsible] },
    };
    const next = layoutRaciMatrix({ ...input, results }, first);

    expect(next).toStrictEqual(layoutRaciMatrix({ ...input, results }));
    const byId = (layout: typeof first, id: string) =>
      activityRows(layout.rows).find((r) => r.id === id);
    expect(byId(next, 'data.source')).not.toBe(byId(first, 'data.source'));
    expect(byId(next, 'triggers.define')).toBe(byId(first, 'triggers.define'));
    expect(next.columns).toBe(first.columns);
    expect(next.flags).toBe(first.flags);
  });

  it('draws an answer given with letters as given, before the analysis has caught up with it', () => {
    const answers = { ...bank.assessment.raci, 'data.source': { ccm: 'RA', it: 'c' } };
    const first = layoutRaciMatrix({ ...input, answers: bank.assessment.raci });
    const next = layoutRaciMatrix({ ...input, answers }, first);
    const row = (layout: typeof first, id: string) => {
      const found = activityRows(layout.rows).find((r) => r.id === id);
      if (!found) throw new Error(`no row ${id}`);
      return found;
    };
    const letters = (layout: typeof first, id: string, team: string) =>
      row(layout, id).cells.find((c) => c.team === team)?.letters;
    expect(letters(next, 'data.source', 'ccm')).toEqual(['R', 'A']);
    // Only upper-case letters are letters; a team the answer leaves out holds none.
    expect(letters(next, 'data.source', 'it')).toEqual([]);
    expect(letters(next, 'data.source', 'marketing')).toEqual([]);
    // The flags are still the analysis's until it catches up.
    expect(row(next, 'data.source').flags).toEqual(row(first, 'data.source').flags);
    expect(next).toStrictEqual(layoutRaciMatrix({ ...input, answers }));
    expect(row(next, 'triggers.define')).toBe(row(first, 'triggers.define'));
  });

  it('draws the analysis’s letters for "don’t know" and for a stage out of scope', () => {
    const { activities } = bank.analysis;
    const answered = Object.keys(activities).find((id) => activities[id]?.accountable.length);
    if (!answered) throw new Error('the bank has an accountable team somewhere');
    const stage = activities[answered]?.stage;
    const owner = activities[answered]?.accountable[0] ?? '';
    const unknown = layoutRaciMatrix({ ...input, answers: { [answered]: 'unknown' } });
    const cell = (layout: typeof unknown) =>
      activityRows(layout.rows)
        .find((r) => r.id === answered)
        ?.cells.find((c) => c.team === owner)?.letters;
    expect(cell(unknown)).toContain('A');
    const outOfScope = layoutRaciMatrix({
      ...input,
      results: { ...activities, [answered]: { ...activities[answered], status: 'out-of-scope' } },
      stages: input.stages.map((s) => (s.id === stage ? { ...s, inScope: false } : s)),
      answers: { [answered]: { [owner]: 'C' } },
    } as typeof input);
    expect(cell(outOfScope)).toEqual(lettersOf(activities[answered], owner));
  });

  it('lays every row out again when the frame changes (a new width or direction)', () => {
    const first = layoutRaciMatrix(input);
    for (const change of [{ width: 900 }, { rtl: true }]) {
      const next = layoutRaciMatrix({ ...input, ...change }, first);
      expect(next).toStrictEqual(layoutRaciMatrix({ ...input, ...change }));
      expect(activityRows(next.rows)[0]).not.toBe(activityRows(first.rows)[0]);
    }
  });
});

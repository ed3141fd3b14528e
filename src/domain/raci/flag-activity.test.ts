import { describe, expect, it } from 'vitest';
import type { AnswerDriver } from '../analysis';
import { buildModel } from '../testing/fixtures';
import { flagActivity, type FlagContext } from './flag-activity';
import { readFlagCatalogue } from './flag-catalogue';
import { readRaciRoles } from './read-raci';
import type { ResolvedRaci } from './resolve-raci';
import { buildTeamOrder } from './team-order';

const teams = ['a', 'b', 'c', 'd', 'e', 'f'];
const order = buildTeamOrder({ teams: [] }, { teams: teams.map((id) => ({ id, name: id })) });
const context: FlagContext = {
  catalogue: readFlagCatalogue(buildModel()),
  regulated: false,
  reactive: null,
  agreement: undefined,
  controlFunction: 'f',
  contactCentre: null,
};
const answered = (answer: Record<string, string>): ResolvedRaci => ({
  status: 'answered',
  source: 'consensus',
  roles: readRaciRoles(answer, order),
});
const ids = (resolved: ResolvedRaci, extra: Partial<FlagContext> = {}) =>
  flagActivity(resolved, { ...context, ...extra }).map((f) => f.id);
const afterSending: AnswerDriver = { question: 'review.timing', answer: 2, source: 'consensus' };

describe('flagActivity', () => {
  it('raises nothing for one team accountable and responsible', () => {
    expect(ids(answered({ a: 'AR', b: 'C', c: 'I' }))).toEqual([]);
  });

  it('flags "no one" as orphaned and without a doer, the latter raised to high', () => {
    const flags = flagActivity(answered({}), context);
    expect(flags.map((f) => [f.id, f.severity])).toEqual([
      ['orphaned', 'critical'],
      ['no-doer', 'high'],
    ]);
  });

  it('keeps no-doer at medium when someone is accountable', () => {
    const flags = flagActivity(answered({ a: 'AC' }), context);
    expect(flags.map((f) => [f.id, f.severity])).toEqual([['no-doer', 'medium']]);
  });

  it('flags two accountable teams as contested and names them', () => {
    const flags = flagActivity(answered({ b: 'AR', a: 'AR' }), context);
    expect(flags[0]).toMatchObject({ id: 'contested', severity: 'high', teams: ['a', 'b'] });
    expect(flags[0]?.name).toEqual({ en: 'Contested', ar: 'ملكية متنازَع عليها' });
  });

  it('flags four responsible teams as diffuse, but not three', () => {
    expect(ids(answered({ a: 'AR', b: 'R', c: 'R', d: 'R' }))).toEqual(['diffuse']);
    expect(ids(answered({ a: 'AR', b: 'R', c: 'R' }))).toEqual([]);
  });

  it('flags "don’t know" as a blind spot and nothing else from the RACI', () => {
    expect(ids({ status: 'unknown', source: 'consensus', roles: null })).toEqual(['blind-spot']);
  });

  it('raises no RACI flag on an unanswered activity', () => {
    expect(ids({ status: 'unanswered', source: null, roles: null })).toEqual([]);
  });

  it('flags an accountable team that neither does nor is consulted as a remote owner', () => {
    const flags = flagActivity(answered({ a: 'AI', b: 'R' }), context);
    expect(flags).toMatchObject([{ id: 'remote-owner', severity: 'low', teams: ['a'] }]);
    expect(ids(answered({ a: 'AC', b: 'R' }))).toEqual([]);
  });

  it("never flags the control function as a remote owner: governing others' work is its role", () => {
    expect(ids(answered({ f: 'A', b: 'R' }))).toEqual([]);
  });

  it('flags five consulted teams as consultation drag, but not four', () => {
    expect(ids(answered({ a: 'AR', b: 'C', c: 'C', d: 'C', e: 'C', f: 'C' }))).toEqual([
      'consultation-drag',
    ]);
    expect(ids(answered({ a: 'AR', b: 'C', c: 'C', d: 'C', e: 'C' }))).toEqual([]);
  });

  it('flags reactive control, high in a regulated organisation and medium elsewhere, with its answer', () => {
    const regulated = flagActivity(answered({ a: 'AR' }), {
      ...context,
      reactive: afterSending,
      regulated: true,
    });
    expect(regulated).toMatchObject([
      { id: 'reactive-control', severity: 'high', drivers: [afterSending] },
    ]);
    const unregulated = flagActivity(
      { status: 'unanswered', source: null, roles: null },
      { ...context, reactive: afterSending },
    );
    expect(unregulated).toMatchObject([{ id: 'reactive-control', severity: 'medium' }]);
  });

  it('flags a perception gap below 0.6 agreement, not at 0.6', () => {
    expect(ids(answered({ a: 'AR' }), { agreement: { agreement: 0.4, tied: false } })).toEqual([
      'perception-gap',
    ]);
    expect(ids(answered({ a: 'AR' }), { agreement: { agreement: 0.6, tied: false } })).toEqual([]);
  });

  it('flags a perception gap whenever the room is tied, whatever the agreement', () => {
    expect(ids(answered({ a: 'AR' }), { agreement: { agreement: 0.6, tied: true } })).toEqual([
      'perception-gap',
    ]);
  });

  describe('on an activity the front line must know about', () => {
    const frontLine = { contactCentre: 'e' };

    it('flags the contact centre unaware when it holds no letter, at medium severity, naming it', () => {
      const flags = flagActivity(answered({ a: 'AR', b: 'C' }), { ...context, ...frontLine });
      expect(flags).toMatchObject([
        { id: 'contact-centre-unaware', severity: 'medium', teams: ['e'] },
      ]);
      expect(flags[0]?.name.en).toBe('Contact centre unaware');
    });

    it('counts any one letter as knowing: an R, a C or an I', () => {
      for (const letters of [
        { a: 'AR', e: 'R' },
        { a: 'AR', e: 'C' },
        { a: 'AR', e: 'I' },
      ])
        expect(ids(answered(letters), frontLine)).toEqual([]);
    });

    it('counts an A alone as knowing too: the owner who does nothing is a remote owner, not unaware', () => {
      expect(ids(answered({ e: 'A', a: 'R' }), frontLine)).toEqual(['remote-owner']);
    });

    it('flags "no one" too: nobody at all means nobody on the front line', () => {
      expect(ids(answered({}), frontLine)).toEqual([
        'orphaned',
        'no-doer',
        'contact-centre-unaware',
      ]);
    });

    it('raises nothing about the contact centre on "don’t know" or an unanswered activity', () => {
      expect(ids({ status: 'unknown', source: 'consensus', roles: null }, frontLine)).toEqual([
        'blind-spot',
      ]);
      expect(ids({ status: 'unanswered', source: null, roles: null }, frontLine)).toEqual([]);
    });
  });

  it('leaves the contact centre alone where it is not asked about (no team, or not front-line work)', () => {
    expect(ids(answered({ a: 'AR' }), { contactCentre: null })).toEqual([]);
  });

  it('reports flags in catalogue order', () => {
    const split = { agreement: 0.5, tied: false };
    expect(ids(answered({ a: 'A', b: 'A' }), { agreement: split, reactive: afterSending })).toEqual(
      ['contested', 'no-doer', 'remote-owner', 'reactive-control', 'perception-gap'],
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../domain/schemas/assessment';
import { loadExample } from '../../domain/roadmap/shipped-model';
import type { StoredRecord } from '../storage/stored-record';
import { canonicalJson, comparableName, findMatch, sameOrganisation } from './import-match';

const bank = loadExample('bank');
const telecom = loadExample('telecom');
const withOrg = (a: Assessment, organisation: Partial<Assessment['organisation']>): Assessment => ({
  ...a,
  organisation: { ...a.organisation, ...organisation },
});
const withoutId = (a: Assessment): Assessment => {
  const { id: _id, ...organisation } = a.organisation;
  return { ...a, organisation };
};
const stored = (assessment: Assessment, id = 'a-1'): StoredRecord => ({
  storageVersion: 1,
  revision: 1,
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  step: 'profile',
  assessment,
});

describe('matching an incoming assessment against stored ones', () => {
  it('compares names ignoring case, spacing and Unicode normalisation', () => {
    expect(comparableName('  Example\u00A0  TELECOM ')).toBe('example telecom');
    expect(comparableName('ﻣﺼﺮﻑ')).toBe(comparableName('مصرف'));
    expect(comparableName('Cafe\u0301')).toBe(comparableName('Café'));
  });

  it('takes the same organisation id as the same organisation, whatever the name', () => {
    const renamed = withOrg(bank, { name: 'A new name' });
    expect(sameOrganisation(renamed, bank)).toBe(true);
    expect(sameOrganisation(withOrg(bank, { id: 'other-bank' }), bank)).toBe(false);
  });

  it('compares names when either has no organisation id, but never two empty names', () => {
    const a = withoutId(withOrg(bank, { name: 'gulf  BANK' }));
    expect(sameOrganisation(a, withOrg(bank, { name: 'Gulf Bank' }))).toBe(true);
    expect(sameOrganisation(a, withOrg(bank, { name: 'Gulf Bank 2' }))).toBe(false);
    const blank = withoutId(withOrg(bank, { name: '' }));
    expect(sameOrganisation(blank, blank)).toBe(false);
  });

  it('finds a stored assessment of the same organisation and period', () => {
    const next = { ...bank, maturity: {} };
    expect(findMatch(next, [stored(telecom, 'a-t'), stored(bank, 'a-b')])?.id).toBe('a-b');
    expect(findMatch({ ...next, period: '2031-Q1' }, [stored(bank)])).toBeUndefined();
  });

  it('finds a stored assessment with the same content, keys in any order', () => {
    const reordered = JSON.parse(
      canonicalJson(withoutId(withOrg(bank, { name: '' }))),
    ) as Assessment;
    const record = stored(withoutId(withOrg(bank, { name: '' })));
    expect(findMatch(reordered, [record])?.id).toBe('a-1');
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe('{"a":[{"c":null,"d":2}],"b":1}');
  });

  it('finds nothing for a different organisation with different content', () => {
    expect(findMatch(telecom, [stored(bank)])).toBeUndefined();
  });
});

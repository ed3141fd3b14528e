import { describe, expect, it } from 'vitest';
import { localToday, noteSaved, takeSaved } from './tracking';

describe('localToday', () => {
  it('writes the reader’s calendar day as YYYY-MM-DD', () => {
    expect(localToday(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
});

describe('takeSaved', () => {
  it('answers yes once for the action just saved, and no for any other', () => {
    noteSaved('inventory');
    expect(takeSaved('charter')).toBe(false);
    expect(takeSaved('inventory')).toBe(true);
    expect(takeSaved('inventory')).toBe(false);
  });
});

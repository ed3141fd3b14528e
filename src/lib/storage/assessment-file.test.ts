import { describe, expect, it } from 'vitest';
import { asciiSlug, assessmentFileName } from './assessment-file';

const named = (name: string) => ({ organisation: { name } as never, period: '2026-Q4' });

describe('the name of a downloaded assessment', () => {
  it('is the organisation as an ASCII slug plus the period', () => {
    expect(assessmentFileName(named('Banque du Sud — Retail'))).toBe(
      'ccm-banque-du-sud-retail-2026-Q4.json',
    );
  });

  it('drops accents and keeps Latin letters and digits only', () => {
    expect(asciiSlug('Société Générale 2')).toBe('societe-generale-2');
  });

  it('falls back to "assessment" when the name has no Latin letter', () => {
    expect(assessmentFileName(named('بنك الخليج'))).toBe('ccm-assessment-2026-Q4.json');
    expect(assessmentFileName(named(''))).toBe('ccm-assessment-2026-Q4.json');
  });
});

import { describe, expect, it } from 'vitest';
import { localiseDigits } from './localise-digits';

const ARAB = { digits: 'arab', calendar: 'gregory' } as const;
const LATN = { digits: 'latn', calendar: 'gregory' } as const;

describe('writing the numbers of an explanation in the reader’s digits', () => {
  it('writes Arabic-Indic digits and the Arabic decimal separator on Arabic pages', () => {
    expect(localiseDigits('نضج المرحلة 1.6، فالاحتمالية 4 (+1)', 'ar', ARAB)).toBe(
      'نضج المرحلة ١٫٦، فالاحتمالية ٤ (+١)',
    );
  });

  it('leaves English text and Latin digits as they are', () => {
    expect(localiseDigits('Stage maturity 1.6 gives likelihood 4', 'en', ARAB)).toBe(
      'Stage maturity 1.6 gives likelihood 4',
    );
    expect(localiseDigits('الاحتمالية 4', 'ar', LATN)).toBe('الاحتمالية 4');
  });
});

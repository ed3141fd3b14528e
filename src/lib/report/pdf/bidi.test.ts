import { describe, expect, it } from 'vitest';
import { visualRuns, withoutMarks } from './bidi';

const drawn = (text: string, base: 'ltr' | 'rtl') =>
  visualRuns(text, base).map((run) => `${run.dir}:${run.text}`);

describe('visualRuns', () => {
  it('keeps an Arabic line with Arabic-Indic digits as one right-to-left run', () => {
    expect(drawn('الدرجة ٢٫٧ من ٥ (٤٥٪)', 'rtl')).toEqual(['rtl:الدرجة ٢٫٧ من ٥ (٤٥٪)']);
  });

  it('draws a Latin name with its brackets as one left-to-right block inside an Arabic line', () => {
    expect(drawn('المالك: \u2068Marketing Team (CF-1)\u2069 يقود', 'rtl')).toEqual([
      'rtl: يقود',
      'ltr:Marketing Team (CF-1)',
      'rtl:المالك: ',
    ]);
  });

  it('keeps the closing bracket with a Latin word even when the value is not isolated', () => {
    expect(drawn('المالك: Marketing (CF) يقود', 'rtl')).toEqual([
      'rtl: يقود',
      'ltr:Marketing (CF)',
      'rtl:المالك: ',
    ]);
  });

  it('keeps a per cent sign after its Western digits in an Arabic line', () => {
    expect(drawn('النسبة (45%)', 'rtl')).toEqual(['rtl:)', 'ltr:45%', 'rtl:النسبة (']);
  });

  it('keeps a decimal number whole in an Arabic line', () => {
    expect(drawn('الدرجة 2.7 من 5', 'rtl')).toEqual([
      'ltr:5',
      'rtl: من ',
      'ltr:2.7',
      'rtl:الدرجة ',
    ]);
  });

  it('draws an Arabic name inside an English line as a right-to-left run, brackets after it in English', () => {
    expect(drawn('Owner: مصرف الخليج (CF)', 'ltr')).toEqual([
      'ltr:Owner: ',
      'rtl:مصرف الخليج',
      'ltr: (CF)',
    ]);
  });

  it('leaves an English line alone', () => {
    expect(drawn('Fragmentation index 0.84 (target 0.00)', 'ltr')).toEqual([
      'ltr:Fragmentation index 0.84 (target 0.00)',
    ]);
  });

  it('drops the invisible marks the page uses and honours a right-to-left mark', () => {
    expect(drawn('A\u200f ← \u200fC', 'rtl')).toEqual(['ltr:C', 'rtl: ← ', 'ltr:A']);
    expect(withoutMarks('\u2068x\u2069\u200f')).toBe('x');
  });
});

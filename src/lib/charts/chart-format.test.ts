import { describe, expect, it } from 'vitest';
import { makeChartFormat } from './chart-format';

describe('the chart number writers', () => {
  it('write scores to one decimal and shares as percentages in English', () => {
    const f = makeChartFormat('en', { digits: 'arab', calendar: 'gregory' });
    expect(f.score(1.7156)).toBe('1.7');
    expect(f.score(2)).toBe('2.0');
    expect(f.gain(3.75)).toBe('+3.8');
    expect(f.percent(2 / 3)).toBe('67%');
    expect(f.list(['Data', 'Content', 'Review'])).toBe('Data, Content and Review');
  });

  it('write Arabic-Indic digits on Arabic pages by default', () => {
    const f = makeChartFormat('ar', { digits: 'arab', calendar: 'gregory' });
    expect(f.score(1.7156)).toBe('١٫٧');
    expect(f.count(5)).toBe('٥');
    expect(f.percent(1)).toMatch(/^١٠٠/);
    expect(f.list(['البيانات', 'المحتوى'])).toBe('البيانات والمحتوى');
  });

  it('write Latin digits on Arabic pages when the reader chose them', () => {
    const f = makeChartFormat('ar', { digits: 'latn', calendar: 'gregory' });
    expect(f.score(1.7156)).toBe('1.7');
    expect(f.count(5)).toBe('5');
  });
});

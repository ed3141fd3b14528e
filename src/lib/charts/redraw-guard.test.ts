import { describe, expect, it } from 'vitest';
import { RedrawGuard } from './redraw-guard';

describe('the redraw guard', () => {
  it('asks for a redraw the first time and whenever the data changes', () => {
    const guard = new RedrawGuard();
    const format = (n: number): string => String(n);
    expect(guard.changed('[1,2]', [format])).toBe(true);
    expect(guard.changed('[1,2]', [format])).toBe(false);
    expect(guard.changed('[1,3]', [format])).toBe(true);
  });

  it('asks for a redraw when a formatter or string table is replaced, even with the same data', () => {
    const guard = new RedrawGuard();
    guard.changed('[1]', [() => 'a']);
    expect(guard.changed('[1]', [() => 'a'])).toBe(true);
  });
});

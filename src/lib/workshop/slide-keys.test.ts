import { describe, expect, it } from 'vitest';
import { slideStep } from './slide-keys';

describe('moving through the live view by keyboard', () => {
  it('moves on with the arrow pointing the way the page reads, and with PageDown', () => {
    expect(slideStep('ArrowRight', 'ltr')).toBe(1);
    expect(slideStep('ArrowLeft', 'rtl')).toBe(1);
    expect(slideStep('PageDown', 'rtl')).toBe(1);
  });

  it('goes back with the other arrow and PageUp', () => {
    expect(slideStep('ArrowLeft', 'ltr')).toBe(-1);
    expect(slideStep('ArrowRight', 'rtl')).toBe(-1);
    expect(slideStep('PageUp', 'ltr')).toBe(-1);
  });

  it('ignores other keys', () => {
    expect(slideStep('Enter', 'ltr')).toBe(0);
  });
});

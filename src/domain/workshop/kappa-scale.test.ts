import { describe, expect, it } from 'vitest';
import { kappaBand } from './kappa-scale';

describe("the words for a room's kappa", () => {
  it('follows Landis and Koch, each band closed at its top', () => {
    expect(kappaBand(-0.1)).toBe('poor');
    expect(kappaBand(0)).toBe('poor');
    expect(kappaBand(0.2)).toBe('slight');
    expect(kappaBand(0.21)).toBe('fair');
    expect(kappaBand(0.4)).toBe('fair');
    expect(kappaBand(0.55)).toBe('moderate');
    expect(kappaBand(0.61)).toBe('substantial');
    expect(kappaBand(0.8)).toBe('substantial');
    expect(kappaBand(0.81)).toBe('almost-perfect');
    expect(kappaBand(1)).toBe('almost-perfect');
  });

  it('reads a kappa as it is shown, to two places: 0.804 is substantial', () => {
    expect(kappaBand(0.804)).toBe('substantial');
    expect(kappaBand(0.806)).toBe('almost-perfect');
  });
});

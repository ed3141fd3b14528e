import { describe, expect, it } from 'vitest';
import { qrModules } from './qr-modules';

describe('a join QR code', () => {
  const drawing = qrModules('https://example.org/join/?code=ABC234');

  it('is a square of modules with its finder patterns dark in the corners', () => {
    const dark = new Set(drawing.modules.map((m) => `${m.x},${m.y}`));
    // The quiet zone (two modules) is light; the finder pattern starts right after it.
    expect(dark.has('0,0')).toBe(false);
    expect(dark.has('2,2')).toBe(true);
    expect(dark.has(`${drawing.size - 3},2`)).toBe(true);
    expect(dark.has(`2,${drawing.size - 3}`)).toBe(true);
  });

  it('keeps every module inside the square', () => {
    expect(
      drawing.modules.every(
        (m) => m.x >= 0 && m.y >= 0 && m.x < drawing.size && m.y < drawing.size,
      ),
    ).toBe(true);
  });

  it('grows with a longer text', () => {
    expect(qrModules(`https://example.org/join/?code=${'A'.repeat(120)}`).size).toBeGreaterThan(
      drawing.size,
    );
  });
});

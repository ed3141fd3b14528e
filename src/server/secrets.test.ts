import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  hashSecret,
  matchesHash,
  newJoinCode,
  newSecret,
  normaliseCode,
} from './secrets';

describe('join codes and secrets', () => {
  it('makes eight-character codes from letters no one misreads', () => {
    const codes = Array.from({ length: 200 }, newJoinCode);
    for (const code of codes)
      expect([...code].every((c) => CODE_ALPHABET.includes(c)) && code.length === 8).toBe(true);
    expect(new Set(codes).size).toBe(200);
    for (const ambiguous of ['0', 'O', '1', 'I', 'L'])
      expect(CODE_ALPHABET).not.toContain(ambiguous);
  });

  it('reads a code typed in lower case, with spaces or a dash, and refuses what cannot be one', () => {
    expect(normaliseCode('abcd-efgh')).toBe('ABCDEFGH');
    expect(normaliseCode(' abcd efgh ')).toBe('ABCDEFGH');
    expect(normaliseCode('ABCDEFG0')).toBeNull();
    expect(normaliseCode('ABC')).toBeNull();
  });

  it('stores only a hash and recognises the secret by it', () => {
    const secret = newSecret();
    const hash = hashSecret(secret);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(matchesHash(secret, hash)).toBe(true);
    expect(matchesHash(`${secret}x`, hash)).toBe(false);
    expect(matchesHash(null, hash)).toBe(false);
  });
});

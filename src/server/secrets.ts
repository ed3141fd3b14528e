// Secrets, tokens, ids and join codes: random, and stored only as sha-256 hashes.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** Join-code letters: no 0/O, 1/I/L or U/V pairs that a room would misread from a screen. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';

/** Characters in a join code: 29^8 ≈ 5 × 10^11 codes. */
export const CODE_LENGTH = 8;

/** A new join code, each character drawn by crypto.randomInt. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A code as typed (any case, spaces or dashes) in the stored form, or null when it cannot be one. */
export function normaliseCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c))
    ? code
    : null;
}

/** A random secret or token: 32 bytes, base64url. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** A random opaque id: 16 bytes, base64url (22 characters). */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

/** The sha-256 of a secret, in hex: all that is stored of it. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** True when the presented secret hashes to the stored hash, compared in constant time. */
export function matchesHash(presented: string | null, storedHash: string): boolean {
  if (presented === null) return false;
  const a = Buffer.from(hashSecret(presented), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

import * as v from 'valibot';

/** The `format` of a passphrase-protected file (an assessment or a backup, encrypted). */
export const PROTECTED_FORMAT = 'ccm-assessment-encrypted';

/** The version of the protected-file envelope. */
export const PROTECTED_VERSION = 1;

/** Fewest PBKDF2 iterations written or accepted (OWASP's 2023 advice for SHA-256). */
export const MIN_ITERATIONS = 600_000;

/** Most iterations accepted, so a hostile file cannot keep the browser busy for minutes. */
export const MAX_ITERATIONS = 10_000_000;

const Base64 = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64 text'),
    v.minLength(min, `is shorter than ${min} characters`),
    v.maxLength(max, `is longer than ${max} characters`),
  );

/**
 * A protected file: the inner file's UTF-8 text encrypted with AES-GCM (256-bit key, 96-bit IV,
 * 128-bit tag appended to `data`), the key derived from the passphrase with PBKDF2-SHA-256 over a
 * random 128-bit salt. Nothing about the inner file is readable without the passphrase.
 */
export const ProtectedFileSchema = v.object({
  format: v.literal(PROTECTED_FORMAT),
  formatVersion: v.literal(PROTECTED_VERSION),
  kdf: v.object({
    name: v.literal('PBKDF2'),
    hash: v.literal('SHA-256'),
    iterations: v.pipe(
      v.number(),
      v.integer(),
      v.minValue(MIN_ITERATIONS),
      v.maxValue(MAX_ITERATIONS),
    ),
    salt: Base64(22, 88),
  }),
  cipher: v.object({
    name: v.literal('AES-GCM'),
    iv: Base64(16, 16),
  }),
  data: Base64(24, 8_000_000),
});
/** A protected file's envelope. */
export type ProtectedFile = v.InferOutput<typeof ProtectedFileSchema>;

/** Whether parsed JSON claims to be a protected file (its envelope still needs checking). */
export function isProtectedFile(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<string, unknown>)['format'] === PROTECTED_FORMAT
  );
}

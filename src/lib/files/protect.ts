import * as v from 'valibot';
import {
  MIN_ITERATIONS,
  PROTECTED_FORMAT,
  PROTECTED_VERSION,
  ProtectedFileSchema,
  type ProtectedFile,
} from '../../domain/schemas/protected-file';
import { problemsFromIssues, type Problem } from '../../domain/schemas/problems';

/** Why a protected file could not be opened. */
export type UnprotectResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'wrong-passphrase' }
  | { ok: false; reason: 'damaged'; problems: Problem[] };

const UNDECODABLE: Problem = {
  path: '',
  code: 'wrong-format',
  message: 'is a damaged protected file: its salt, IV or data is not whole base64 text',
};

/** Bytes as base64, in chunks (a spread of megabytes would overflow the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Base64 text as bytes. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * Encrypts a file's text with a passphrase and returns the protected file's JSON text. Salt and
 * IV are fresh random values every time, so the same file never encrypts the same way twice.
 */
export async function protectText(
  text: string,
  passphrase: string,
  iterations = MIN_ITERATIONS,
): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    new TextEncoder().encode(text),
  );
  const file: ProtectedFile = {
    format: PROTECTED_FORMAT,
    formatVersion: PROTECTED_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(new Uint8Array(data)),
  };
  return JSON.stringify(file, null, 2);
}

/**
 * Decrypts a protected file (already parsed JSON) with a passphrase: the inner text, or why not.
 * AES-GCM checks its tag, so a wrong passphrase and altered data both fail here; an envelope
 * that is not one (a bad field, an iteration count out of bounds, base64 that does not decode)
 * is reported as damaged.
 */
export async function unprotectFile(value: unknown, passphrase: string): Promise<UnprotectResult> {
  const envelope = v.safeParse(ProtectedFileSchema, value);
  if (!envelope.success)
    return { ok: false, reason: 'damaged', problems: problemsFromIssues(envelope.issues) };
  const { kdf, cipher, data } = envelope.output;
  let bytes: {
    salt: Uint8Array<ArrayBuffer>;
    iv: Uint8Array<ArrayBuffer>;
    data: Uint8Array<ArrayBuffer>;
  };
  try {
    bytes = { salt: fromBase64(kdf.salt), iv: fromBase64(cipher.iv), data: fromBase64(data) };
  } catch {
    // A field that passes the envelope's pattern yet is not base64 of whole bytes.
    return { ok: false, reason: 'damaged', problems: [UNDECODABLE] };
  }
  const key = await deriveKey(passphrase, bytes.salt, kdf.iterations);
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.iv }, key, bytes.data);
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return { ok: false, reason: 'wrong-passphrase' };
  }
}

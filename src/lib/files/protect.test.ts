import { describe, expect, it } from 'vitest';
import { MIN_ITERATIONS, PROTECTED_FORMAT } from '../../domain/schemas/protected-file';
import { fromBase64, protectText, toBase64, unprotectFile } from './protect';

const secret = '{"format":"ccm-assessment","organisation":{"name":"مصرف الخليج"}}';

describe('protected files', () => {
  it('gives the text back with the right passphrase, Arabic included', async () => {
    const file = JSON.parse(await protectText(secret, 'correct horse')) as unknown;
    expect(await unprotectFile(file, 'correct horse')).toEqual({ ok: true, text: secret });
  });

  it('refuses a wrong passphrase without giving anything back', async () => {
    const file = JSON.parse(await protectText(secret, 'correct horse')) as unknown;
    expect(await unprotectFile(file, 'correct hors')).toEqual({
      ok: false,
      reason: 'wrong-passphrase',
    });
  });

  it('keeps nothing of the content readable and never encrypts the same way twice', async () => {
    const a = await protectText(secret, 'pass phrase');
    const b = await protectText(secret, 'pass phrase');
    expect(a).not.toContain('ccm-assessment"');
    expect(a).not.toContain('organisation');
    const [ea, eb] = [a, b].map((t) => JSON.parse(t) as { kdf: { salt: string }; data: string });
    expect(ea?.kdf.salt).not.toBe(eb?.kdf.salt);
    expect(ea?.data).not.toBe(eb?.data);
  });

  it('writes the documented envelope with at least 600,000 PBKDF2 iterations', async () => {
    const file = JSON.parse(await protectText(secret, 'x')) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: PROTECTED_FORMAT,
      formatVersion: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: MIN_ITERATIONS },
      cipher: { name: 'AES-GCM' },
    });
    expect(fromBase64((file['cipher'] as { iv: string }).iv)).toHaveLength(12);
    expect(fromBase64((file['kdf'] as { salt: string }).salt)).toHaveLength(16);
  });

  it('treats altered data as a wrong passphrase, never as text', async () => {
    const file = JSON.parse(await protectText(secret, 'p')) as { data: string };
    const bytes = fromBase64(file.data);
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    const altered = { ...file, data: toBase64(bytes) };
    expect(await unprotectFile(altered, 'p')).toEqual({ ok: false, reason: 'wrong-passphrase' });
  });

  it('reports a damaged envelope with the path of what is wrong', async () => {
    const file = JSON.parse(await protectText(secret, 'p')) as { kdf: object };
    const weak = { ...file, kdf: { ...file.kdf, iterations: 1000 } };
    const result = await unprotectFile(weak, 'p');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason === 'damaged' && result.problems[0]?.path).toBe(
      'kdf.iterations',
    );
  });

  it('reports base64 that does not decode to whole bytes as damaged, never throwing', async () => {
    const file = JSON.parse(await protectText(secret, 'p')) as { kdf: object };
    const odd = { ...file, kdf: { ...file.kdf, salt: 'A'.repeat(25) } };
    const result = await unprotectFile(odd, 'p');
    expect(result).toMatchObject({ ok: false, reason: 'damaged' });
    expect(!result.ok && result.reason === 'damaged' && result.problems[0]?.code).toBe(
      'wrong-format',
    );
  });

  it('turns megabytes into base64 and back without overflowing the stack', () => {
    const bytes = new Uint8Array(3_000_000).map((_, i) => i % 251);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });
});

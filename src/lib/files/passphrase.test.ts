import { describe, expect, it } from 'vitest';
import { checkPassphrase, MIN_PASSPHRASE } from './passphrase';

describe('checking a passphrase', () => {
  it('accepts two empty fields as no passphrase at all', () => {
    expect(checkPassphrase('', '')).toBeNull();
  });

  it('refuses fewer than eight characters, saying how many there are', () => {
    expect(MIN_PASSPHRASE).toBe(8);
    expect(checkPassphrase('seven77', 'seven77')).toEqual({ code: 'short', length: 7 });
    expect(checkPassphrase('', 'something')).toEqual({ code: 'short', length: 0 });
  });

  it('counts an emoji or an Arabic letter as one character', () => {
    expect(checkPassphrase('🔒🔒🔒🔒🔒🔒🔒', '🔒🔒🔒🔒🔒🔒🔒')).toEqual({
      code: 'short',
      length: 7,
    });
    expect(checkPassphrase('كلمة سر طويلة', 'كلمة سر طويلة')).toBeNull();
  });

  it('refuses a repeat that differs', () => {
    expect(checkPassphrase('correct horse', 'correct hose')).toEqual({ code: 'mismatch' });
  });

  it('accepts eight characters typed twice the same', () => {
    expect(checkPassphrase('12345678', '12345678')).toBeNull();
  });
});

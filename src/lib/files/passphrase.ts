/** Fewest characters a passphrase may have. */
export const MIN_PASSPHRASE = 8;

/** Why a passphrase cannot be used: too short (with its length), or the repeat differs. */
export type PassphraseProblem = { code: 'short'; length: number } | { code: 'mismatch' };

/**
 * Checks a passphrase and its repetition. Empty fields are no passphrase (a plain file); length
 * counts characters as a reader does (an Arabic letter with its marks composed, an emoji as one).
 */
export function checkPassphrase(passphrase: string, repeat: string): PassphraseProblem | null {
  if (passphrase === '' && repeat === '') return null;
  const length = [...passphrase.normalize('NFC')].length;
  if (length < MIN_PASSPHRASE) return { code: 'short', length };
  return passphrase === repeat ? null : { code: 'mismatch' };
}

/** The group of participants who gave no role. */
export const UNSPECIFIED_ROLE = 'unspecified';

const KNOWN_ROLES = new Set(['leadership', 'management', 'staff']);

/** The role group a participant belongs to: a known role in lower case, free text trimmed, or `unspecified`. */
export function groupRole(role: string | undefined): string {
  const trimmed = (role ?? '').trim().replace(/\s+/g, ' ');
  if (trimmed === '') return UNSPECIFIED_ROLE;
  const lower = trimmed.toLowerCase();
  return KNOWN_ROLES.has(lower) ? lower : trimmed;
}

import type { Dissent, DissentGroup } from './dissent';

/**
 * The mark that starts the dissent line of an activity's note. The line is written in neither
 * language, only names, counts and signs, so it reads the same in an Arabic and an English
 * report: `≠ 3/5: Sara → Marketing; Operations · staff ×2 → IT + Risk` says that 3 of the 5
 * participants who named an owner named another one: Sara named Marketing, two unnamed staff of
 * Operations named IT and Risk together (`∅` is "no one"). Each name is isolated (U+2068 …
 * U+2069), so an Arabic team name in an English note, or a Latin one in an Arabic note, keeps its
 * place in the line.
 */
export const DISSENT_MARK = '≠';

/** Most groups the line lists; the rest are counted (`… +4`). */
export const DISSENT_LINE_GROUPS = 12;

/** Longest dissent line written, in characters, so that a note stays within the format's limit. */
export const DISSENT_LINE_MAX = 2000;

/** A name set apart from the text around it (U+2068 … U+2069), whatever its direction. */
export const apart = (name: string): string => `\u2068${name}\u2069`;

function who(group: DissentGroup, teamName: (id: string) => string): string {
  if (group.name !== undefined) return apart(group.name.trim());
  const parts = [group.team === undefined ? '' : teamName(group.team), group.role ?? ''];
  return (
    parts
      .filter((part) => part !== '')
      .map(apart)
      .join(' · ') || '?'
  );
}

/** The dissent as the note's line (see DISSENT_MARK); null when nobody saw it differently. */
export function writeDissentLine(
  dissent: Dissent,
  teamName: (id: string) => string,
): string | null {
  if (dissent.count === 0) return null;
  const listed = dissent.groups.slice(0, DISSENT_LINE_GROUPS).map((group) => {
    const times = group.count > 1 ? ` ×${group.count}` : '';
    const named = group.accountable.map((id) => apart(teamName(id))).join(' + ') || '∅';
    return `${who(group, teamName)}${times} → ${named}`;
  });
  const rest = dissent.groups.slice(DISSENT_LINE_GROUPS).reduce((n, g) => n + g.count, 0);
  if (rest > 0) listed.push(`… +${rest}`);
  const line = `${DISSENT_MARK} ${dissent.count}/${dissent.answered}: ${listed.join('; ')}`;
  return line.length > DISSENT_LINE_MAX ? `${line.slice(0, DISSENT_LINE_MAX - 1)}…` : line;
}

/** Whether a line of a note is a dissent line. */
export function isDissentLine(line: string): boolean {
  return line.startsWith(`${DISSENT_MARK} `);
}

/**
 * A note with its dissent line replaced by `line` (added at its end when it had none; removed
 * when `line` is null); the rest of the note is kept as written.
 */
export function withDissentLine(note: string | undefined, line: string | null): string {
  const kept = (note ?? '').split('\n').filter((l) => !isDissentLine(l));
  while (kept.length > 0 && kept[kept.length - 1]?.trim() === '') kept.pop();
  if (line !== null) kept.push(line);
  return kept.join('\n');
}

import { readRaciRoles } from '../../raci/read-raci';
import { buildTeamOrder } from '../../raci/team-order';
import type { Assessment, MaturityAnswer } from '../../schemas/assessment';
import { dissentOf, type Dissent } from './dissent';
import { withDissentLine, writeDissentLine } from './dissent-note';

/** The answers a room agreed: a RACI answer per activity and a level per maturity question. */
export interface Consensus {
  /** Letters per team, the agreed accountable teams holding A (`{}` is "no one"). */
  raci: Record<string, Record<string, string>>;
  maturity: Record<string, Exclude<MaturityAnswer, 'unknown'>>;
}

const LETTERS = ['R', 'A', 'C', 'I'] as const;

/**
 * An activity's agreed answer: A for each accountable team, with the R, C and I `others` gives
 * (team → letters; any A in them is ignored), each team's letters in R, A, C, I order.
 */
export function agreedAnswer(
  accountable: readonly string[],
  others: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const teams = new Set([...accountable, ...Object.keys(others)]);
  const answer: Record<string, string> = {};
  for (const team of teams) {
    const given =
      (others[team] ?? '').replaceAll('A', '') + (accountable.includes(team) ? 'A' : '');
    const letters = LETTERS.filter((letter) => given.includes(letter)).join('');
    if (letters !== '') answer[team] = letters;
  }
  return answer;
}

/**
 * Who saw an activity differently from an agreed answer, and the line the activity's note gets
 * for it (see dissent-note.ts): what the consensus page shows and `recordConsensus` writes.
 */
export function dissentFor(
  model: { teams: readonly { id: string }[] },
  assessment: Assessment,
  activity: string,
  answer: Readonly<Record<string, string>>,
): { dissent: Dissent; line: string | null } {
  const order = buildTeamOrder(model, assessment);
  const names = new Map(assessment.teams.map((t) => [t.id, t.name]));
  const agreed = readRaciRoles(answer, order).accountable;
  const dissent = dissentOf(assessment.responses ?? [], activity, agreed, order);
  return { dissent, line: writeDissentLine(dissent, (id) => names.get(id) ?? id) };
}

/**
 * The assessment with the room's consensus recorded: the agreed answers become the top-level
 * `raci` and `maturity` (the ones the analysis then uses), and each agreed activity's note carries
 * the dissent line (see dissent-note.ts), replacing an earlier one. The responses are kept.
 */
export function recordConsensus(
  model: { teams: readonly { id: string }[] },
  assessment: Assessment,
  consensus: Consensus,
): Assessment {
  const notes = { ...assessment.notes };
  for (const [activity, answer] of Object.entries(consensus.raci)) {
    const { line } = dissentFor(model, assessment, activity, answer);
    const note = withDissentLine(notes[activity], line);
    if (note === '') delete notes[activity];
    else notes[activity] = note;
  }
  return {
    ...assessment,
    raci: { ...assessment.raci, ...consensus.raci },
    maturity: { ...assessment.maturity, ...consensus.maturity },
    notes,
  };
}

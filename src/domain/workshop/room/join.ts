import * as v from 'valibot';
import { SlugSchema } from '../../schemas/common';
import type { ParseResult } from '../../schemas/parse-assessment';
import { problemsFromIssues } from '../../schemas/problems';
import type { ParticipantRecord, WorkshopRecord } from './record';

const Text = (max: number) =>
  v.pipe(v.string(), v.trim(), v.maxLength(max, `is longer than ${max} characters`));

/** The POST …/participants body: what a participant says of themselves, all optional. */
export const JoinBodySchema = v.object({
  name: v.optional(Text(120)),
  team: v.optional(SlugSchema),
  role: v.optional(Text(120)),
});
export type JoinBody = v.InferOutput<typeof JoinBodySchema>;

/**
 * A new participant from the join body, or the problems that stop it: the team must be one of
 * the workshop's teams, and an anonymous workshop drops the name before anything is stored.
 */
export function joinParticipant(
  input: unknown,
  workshop: Pick<WorkshopRecord, 'assessment' | 'plan'>,
  tokenHash: string,
  now: string,
): ParseResult<ParticipantRecord> {
  const parsed = v.safeParse(JoinBodySchema, input ?? {});
  if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.issues) };
  const { name, team, role } = parsed.output;
  if (team !== undefined && !workshop.assessment.teams.some((t) => t.id === team))
    return {
      ok: false,
      problems: [
        {
          path: 'team',
          code: 'unknown-ref',
          message: `"${team}" is not one of the workshop's teams`,
        },
      ],
    };
  return {
    ok: true,
    value: {
      tokenHash,
      joinedAt: now,
      ...(name && !workshop.plan.anonymous ? { name } : {}),
      ...(team === undefined ? {} : { team }),
      ...(role ? { role } : {}),
      revision: 0,
      answers: { maturity: {}, raci: {} },
    },
  };
}

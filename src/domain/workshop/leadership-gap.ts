import type { LeadershipGap } from '../analysis';
import type { MaturityAnswer, Response } from '../schemas/assessment';
import type { Model } from '../schemas/model';
import { groupRole } from './participant-role';

/** The role group whose view is compared with everyone else's. */
export const LEADERSHIP_ROLE = 'leadership';

/**
 * How leadership and everyone else rate each in-scope dimension. Each participant's own score for
 * a dimension is the mean of their numeric answers in it; each side is the mean of its
 * participants' scores; gap = leadership − others, so a positive gap means leaders see a rosier
 * picture than the people doing the work. "Everyone else" includes participants without a role.
 * Empty when no participant gave the leadership role.
 */
export function measureLeadershipGap(
  model: Pick<Model, 'dimensions' | 'questions'>,
  responses: readonly Response[],
  outOfScope: ReadonlySet<string>,
): Record<string, LeadershipGap> {
  if (!responses.some((r) => groupRole(r.role) === LEADERSHIP_ROLE)) return {};
  const dimensionOf = new Map(model.questions.map((q) => [q.id, q.dimension]));
  const sides = { leadership: new Map<string, number[]>(), others: new Map<string, number[]>() };
  for (const response of responses) {
    const own = new Map<string, { sum: number; count: number }>();
    // Keys, then each value: Object.entries is several times slower on records this size.
    for (const question of Object.keys(response.maturity)) {
      const answer = response.maturity[question] as MaturityAnswer;
      const dimension = dimensionOf.get(question);
      if (dimension === undefined || answer === 'unknown') continue;
      const tally = own.get(dimension) ?? { sum: 0, count: 0 };
      own.set(dimension, { sum: tally.sum + answer, count: tally.count + 1 });
    }
    const side = groupRole(response.role) === LEADERSHIP_ROLE ? sides.leadership : sides.others;
    for (const [dimension, { sum, count }] of own) {
      const list = side.get(dimension);
      if (list) list.push(sum / count);
      else side.set(dimension, [sum / count]);
    }
  }
  const mean = (values: readonly number[]): number | null =>
    values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
  const gaps: Record<string, LeadershipGap> = {};
  for (const { id } of model.dimensions) {
    if (outOfScope.has(id)) continue;
    const leaders = sides.leadership.get(id) ?? [];
    const others = sides.others.get(id) ?? [];
    const leadership = mean(leaders);
    const rest = mean(others);
    gaps[id] = {
      leadership,
      others: rest,
      gap: leadership === null || rest === null ? null : leadership - rest,
      leadershipParticipants: leaders.length,
      otherParticipants: others.length,
    };
  }
  return gaps;
}

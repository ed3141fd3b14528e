/**
 * Benchmark of the workshop's agreement statistics (agreement per activity and Fleiss' kappa) on
 * a large workshop whose accountable sets vary: 40 teams × 120 activities × 100 participants,
 * each naming one to four accountable teams at random, so thousands of sets are named in all.
 * The work should grow with activities × participants; the same run at half and double size
 * shows whether it does. Numbers, not a pass/fail test.
 */
import { performance } from 'node:perf_hooks';
import { buildTeamOrder } from '../src/domain/raci/team-order';
import { computeAgreementStatistics } from '../src/domain/workshop/agreement-statistics';
import type { ResponseRaci } from '../src/domain/workshop/index-responses';

function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
}

function workshop(teams: number, activities: number, participants: number) {
  const next = random(teams * 7 + activities * 13 + participants);
  const teamIds = Array.from({ length: teams }, (_, i) => `team-${i}`);
  const order = buildTeamOrder({ teams: [] }, { teams: teamIds.map((id) => ({ id, name: id })) });
  const activityIds = Array.from({ length: activities }, (_, i) => `stage.a${i}`);
  const pick = (): string => teamIds[Math.floor(next() * teams)] ?? 'team-0';
  const answers = new Map<string, ResponseRaci[]>(
    activityIds.map((id) => [
      id,
      Array.from({ length: participants }, () => {
        const size = 1 + Math.floor(next() * 4);
        const accountable = order.sort(new Set(Array.from({ length: size }, pick)));
        return {
          role: 'staff',
          answer: { responsible: [], accountable, consulted: [], informed: [] },
        };
      }),
    ]),
  );
  return { order, activityIds, answers };
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? Number.NaN;
}

/** Prints the median time of the agreement statistics at three sizes. */
export function runKappaBenchmark(): void {
  console.log('teams  activities  participants  median ms');
  for (const [teams, activities, participants] of [
    [40, 60, 100],
    [40, 120, 100],
    [40, 240, 100],
  ] as const) {
    const { order, activityIds, answers } = workshop(teams, activities, participants);
    const times: number[] = [];
    for (let run = 0; run < 25; run++) {
      const t0 = performance.now();
      computeAgreementStatistics(participants, answers, activityIds, order);
      times.push(performance.now() - t0);
    }
    const cells = [teams, activities, participants].map((n, i) =>
      String(n).padStart([5, 10, 12][i] ?? 0),
    );
    console.log(`${cells.join('  ')}  ${median(times).toFixed(1).padStart(9)}`);
  }
}

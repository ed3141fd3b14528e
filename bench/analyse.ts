/**
 * Benchmark of analyse(): synthetic assessments of 10/20/40 teams × 15/30/60 activities ×
 * 0/10/30 workshop participants over the model in data/. Prints the median time per size.
 * Goal: 40 × 60 × 30 under 50 ms, growing linearly. Numbers, not a pass/fail test.
 */
import { performance } from 'node:perf_hooks';
import { analyse } from '../src/domain/analyse';
import { resolveMaturityAnswers } from '../src/domain/scoring/resolve-maturity';
import { buildRoadmap } from '../src/domain/roadmap/build-roadmap';
import type { Assessment, RaciAnswer, Response } from '../src/domain/schemas/assessment';
import type { Model } from '../src/domain/schemas/model';
import { loadModel } from '../src/lib/model/load-model';

const TEAMS = [10, 20, 40];
const ACTIVITIES = [15, 30, 60];
const PARTICIPANTS = [0, 10, 30];

/** A small seeded random generator (mulberry32), so every run measures the same data. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The model with `count` activities: its own first, then made-up ones spread over its stages, each
 * with its stage's natural doer; actions keep only the activities the scaled model still has.
 */
function scaleModel(model: Model, count: number): Model {
  const activities = Array.from({ length: count }, (_, i) => {
    const own = model.activities[i];
    if (own) return own;
    const stage = model.stages[i % model.stages.length]?.id ?? 'data';
    const preSend = stage === 'review' && i < model.stages.length;
    const doer = model.activities.find((a) => a.stage === stage)?.doer;
    const name = { en: `Activity ${i}`, ar: `نشاط ${i}` };
    return {
      id: `${stage}.a${i}`,
      stage,
      name,
      ...(doer ? { doer } : {}),
      ...(preSend ? { preSend } : {}),
    };
  });
  // The library's actions name the shipped activities, which the scaled model replaces.
  const actions = model.actions.map((a) => ({ ...a, activities: [] }));
  return { ...model, activities, actions };
}

/** One RACI answer: one or two accountable teams, a few doers, consulted and informed teams. */
function answerRaci(teams: readonly string[], random: () => number): RaciAnswer {
  if (random() < 0.05) return 'unknown';
  const answer: Record<string, string> = {};
  const pick = (): string => teams[Math.floor(random() * teams.length)] ?? 'ccm';
  const add = (team: string, letter: string): void => {
    if (!(answer[team] ?? '').includes(letter)) answer[team] = (answer[team] ?? '') + letter;
  };
  if (random() > 0.1) add(pick(), 'A');
  if (random() < 0.2) add(pick(), 'A');
  for (let i = Math.floor(random() * 5); i > 0; i--) add(pick(), 'R');
  for (let i = Math.floor(random() * 6); i > 0; i--) add(pick(), 'C');
  for (let i = Math.floor(random() * 4); i > 0; i--) add(pick(), 'I');
  return answer;
}

/** A synthetic assessment of the given size. */
function buildSyntheticAssessment(
  model: Model,
  teamCount: number,
  participants: number,
  seed: number,
): Assessment {
  const random = seededRandom(seed);
  const teams = Array.from({ length: teamCount }, (_, i) => {
    const known = model.teams[i];
    return known ? { id: known.id, name: known.name.en } : { id: `team-${i}`, name: `Team ${i}` };
  });
  const ids = teams.map((t) => t.id);
  const maturity = () =>
    Object.fromEntries(
      model.questions.map((q) => [
        q.id,
        random() < 0.1 ? ('unknown' as const) : ((1 + Math.floor(random() * 5)) as 1),
      ]),
    );
  const raci = () =>
    Object.fromEntries(model.activities.map((a) => [a.id, answerRaci(ids, random)]));
  const responses: Response[] = Array.from({ length: participants }, (_, i) => ({
    participant: `p${i}`,
    role: ['leadership', 'management', 'staff'][i % 3] ?? 'staff',
    maturity: maturity(),
    raci: raci(),
  }));
  return {
    format: 'ccm-assessment',
    formatVersion: 1,
    modelVersion: model.version,
    organisation: {
      name: 'Bench',
      sector: 'banking',
      regulated: true,
      channels: ['sms', 'email'],
      volume: '1m-10m',
      languages: ['ar', 'en'],
    },
    period: '2026-Q4',
    status: 'draft',
    teams,
    // Half the consensus answers are missing, so the workshop's modal answers are computed too.
    maturity: participants > 0 ? {} : maturity(),
    raci: Object.fromEntries(
      Object.entries(raci()).filter(() => participants === 0 || random() < 0.5),
    ),
    notes: {},
    targets: {},
    responses,
    roadmap: {},
  };
}

/** Median milliseconds of a call, over enough runs to be stable. */
function timeMedian(call: () => unknown): number {
  for (let i = 0; i < 5; i++) call();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < 15 || (times.length < 200 && performance.now() - started < 300)) {
    const t0 = performance.now();
    call();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1] ?? Number.NaN;
}

/** Median milliseconds of analyse(), and of the roadmap step inside it on its own. */
function timeAnalyse(model: Model, assessment: Assessment): { total: number; roadmap: number } {
  const { dimensions, activities, lifecycle } = analyse(model, assessment);
  const answers = resolveMaturityAnswers(model, assessment);
  return {
    total: timeMedian(() => analyse(model, assessment)),
    roadmap: timeMedian(() =>
      buildRoadmap({ model, assessment, answers, dimensions, activities, lifecycle }),
    ),
  };
}

/** Runs the benchmark and prints one line per size. */
export function runAnalyseBenchmark(print: (line: string) => void = console.log): void {
  const base = loadModel();
  // Warm the JIT on a mid-sized case so the first rows measure the code, not the compiler.
  const warm = scaleModel(base, 30);
  timeAnalyse(warm, buildSyntheticAssessment(warm, 20, 10, 1));
  print(
    'analyse(): median ms per call (roadmap: the buildRoadmap step alone, included in the total)',
  );
  print('teams  activities  participants  median ms  roadmap ms');
  for (const teams of TEAMS) {
    for (const activities of ACTIVITIES) {
      const model = scaleModel(base, activities);
      for (const participants of PARTICIPANTS) {
        const assessment = buildSyntheticAssessment(
          model,
          teams,
          participants,
          teams * 10_000 + activities * 100 + participants,
        );
        const ms = timeAnalyse(model, assessment);
        const cells = [teams, activities, participants].map((n, i) =>
          String(n).padStart([5, 10, 12][i] ?? 0),
        );
        print(
          `${cells.join('  ')}  ${ms.total.toFixed(3).padStart(9)}  ${ms.roadmap.toFixed(3).padStart(10)}`,
        );
      }
    }
  }
}

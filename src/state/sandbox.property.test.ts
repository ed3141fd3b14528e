import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyse } from '../domain/analyse';
import { parseAssessment } from '../domain/schemas/parse-assessment';
import type { Assessment } from '../domain/schemas/assessment';
import { loadModel } from '../lib/model/load-model';
import { MemoryStorage } from '../lib/storage/memory-storage';
import { createRecord } from '../lib/storage/assessment-repo';
import { Sandbox } from './sandbox.svelte';

const model = loadModel();

function example(name: string): Assessment {
  const parsed = parseAssessment(JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.value;
}

beforeEach(() => {
  globalThis.localStorage = new MemoryStorage();
});

const EXAMPLES = ['bank-fragmented', 'government-agency', 'telecom-controlled'];
const activity = fc.constantFrom(...model.activities.map((a) => a.id));
const letters = fc.subarray(['R', 'A', 'C', 'I']).map((l) => l.join(''));

/** What a user can do in the what-if on an assessment's teams: type letters, move an A, reset. */
const arbitraryStep = (teams: readonly string[]): fc.Arbitrary<(s: Sandbox) => void> => {
  const team = fc.constantFrom(...teams);
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.tuple(activity, team, letters).map(
        ([a, t, l]) =>
          (s: Sandbox) =>
            s.setLetters(a, t, l),
      ),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(activity, team).map(
        ([a, t]) =>
          (s: Sandbox) =>
            s.moveAccountable(a, s.analysis.activities[a]?.accountable[0] ?? null, t),
      ),
    },
    { weight: 1, arbitrary: fc.constant((s: Sandbox) => s.reset()) },
  );
};

const arbitrarySession = fc.constantFrom(...EXAMPLES).chain((name) => {
  const assessment = example(name);
  return fc.tuple(
    fc.constant(assessment),
    fc.array(arbitraryStep(assessment.teams.map((t) => t.id)), { minLength: 1, maxLength: 8 }),
  );
});

describe('the what-if sandbox, for any series of edits', () => {
  it('shows exactly what a fresh analyse() of a copy of its working assessment gives', () => {
    fc.assert(
      fc.property(arbitrarySession, ([assessment, steps]) => {
        const s = new Sandbox(model, createRecord(model, assessment));
        for (const step of steps) {
          step(s);
          expect(s.analysis).toStrictEqual(analyse(model, structuredClone(s.working)));
        }
        expect(s.baseline).toStrictEqual(analyse(model, structuredClone(s.record.assessment)));
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});

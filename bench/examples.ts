/**
 * Benchmark of analyse() on the example assessments in examples/, as the results page runs it:
 * the first call (the JIT still cold, closest to a browser), the median of the next few, and the
 * median once warm, plus a "what-if" session of single RACI edits (each edit a new assessment that
 * keeps the organisation, as the sandbox makes them). Goal: warm bank example under 1 ms, so a
 * cold browser redraws within one animation frame. Numbers, not a pass/fail test.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyse } from '../src/domain/analyse';
import type { Assessment } from '../src/domain/schemas/assessment';
import { parseAssessmentText } from '../src/domain/schemas/parse-assessment';
import { loadModel } from '../src/lib/model/load-model';

const EXAMPLES = resolve('examples');
/** Calls before the warm figure is taken, and calls it is the median of. */
const WARM_UP = 500;
const WARM_RUNS = 300;

function readExample(name: string): Assessment {
  const parsed = parseAssessmentText(readFileSync(join(EXAMPLES, name), 'utf8'));
  if (!parsed.ok) throw new Error(`${name} is not a valid assessment`);
  return parsed.value;
}

/** Milliseconds of one call. */
function time(call: () => unknown): number {
  const t0 = performance.now();
  call();
  return performance.now() - t0;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? Number.NaN;
}

/** Each activity in turn handed to the control function: one new assessment per edit. */
function whatIfEdits(assessment: Assessment, activities: readonly string[]): Assessment[] {
  let working = assessment;
  return activities.map((id) => {
    working = { ...working, raci: { ...working.raci, [id]: { ccm: 'A' } } };
    return working;
  });
}

/** Runs the benchmark and prints one line per example. */
export function runExamplesBenchmark(print: (line: string) => void = console.log): void {
  const model = loadModel();
  const names = readdirSync(EXAMPLES).filter((n) => n.endsWith('.json'));
  const examples = names.map((name) => ({ name, assessment: readExample(name) }));
  print('analyse() of each example: ms per call');
  print('example                      first  next 10   warm  what-if edit');
  const firsts = examples.map(({ assessment }) => time(() => analyse(model, assessment)));
  examples.forEach(({ name, assessment }, i) => {
    const next = Array.from({ length: 10 }, () => time(() => analyse(model, assessment)));
    for (let k = 0; k < WARM_UP; k++) analyse(model, assessment);
    const warm = Array.from({ length: WARM_RUNS }, () => time(() => analyse(model, assessment)));
    const edits = whatIfEdits(
      assessment,
      model.activities.map((a) => a.id),
    ).map((edited) => time(() => analyse(model, edited)));
    const cells = [firsts[i] ?? Number.NaN, median(next), median(warm), median(edits)].map((ms) =>
      ms.toFixed(3).padStart(7),
    );
    print(`${name.padEnd(26)} ${cells.join('  ')}`);
  });
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAssessmentText } from '../src/domain/schemas/parse-assessment';
import { hostileFile, hostileText } from '../src/domain/testing/broken-assessments';
import { loadModel } from '../src/lib/model/load-model';
import { runAnalyse } from './analyse';
import { RAW_CONTROLS } from './fixtures/raw-controls';

const model = loadModel();

/** Runs the command on one file held in memory. */
function runOn(name: string, text: string, format: 'json' | 'table') {
  let stdout = '';
  let stderr = '';
  const code = runAnalyse(['--format', format, name], {
    readFile: () => text,
    loadModel: () => model,
    stdout: (out) => (stdout += `${out}\n`),
    stderr: (out) => (stderr += `${out}\n`),
  });
  return { code, stdout, stderr };
}

/** Largest stderr for one file: 21 lines of a cut file name, path and message, every character escaped. */
const MAX_STDERR_CHARS = 21 * 6 * (90 + 170 + 250);

const prototypeKeys = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();

describe('1,000 broken or hostile files', () => {
  it('are read or refused with a message, never crash, never print raw control characters and never touch Object.prototype', () => {
    const before = prototypeKeys();
    const seen = { refused: 0, analysed: 0, largestStderr: 0 };
    fc.assert(
      fc.property(
        hostileFile,
        hostileText,
        fc.constantFrom('json', 'table'),
        (text, name, format) => {
          const parsed = parseAssessmentText(text, model);
          if (!parsed.ok) expect(parsed.problems.length).toBeGreaterThan(0);
          for (const problem of parsed.ok ? [] : parsed.problems)
            expect(problem.message.length).toBeGreaterThan(0);

          // A path, as a shell gives it: a name such as `--.json` alone would read as an option.
          const out = runOn(`./${name}.json`, text, format as 'json' | 'table');
          expect(out.code).toBe(parsed.ok ? 0 : 1);
          if (parsed.ok) {
            seen.analysed++;
            expect(out.stdout.length).toBeGreaterThan(0);
          } else {
            seen.refused++;
            expect(out.stderr.length).toBeGreaterThan(0);
            expect(out.stdout).toBe('');
          }
          expect(out.stderr.length).toBeLessThan(MAX_STDERR_CHARS);
          expect(out.stderr).not.toMatch(RAW_CONTROLS);
          expect(out.stdout).not.toMatch(RAW_CONTROLS);
          seen.largestStderr = Math.max(seen.largestStderr, out.stderr.length);
        },
      ),
      { numRuns: 1000 },
    );
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(seen.refused).toBeGreaterThan(900);
  }, 60_000);
});

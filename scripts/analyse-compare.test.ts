import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../src/domain/compare/compare-assessments';
import { loadModel } from '../src/lib/model/load-model';
import { RAW_CONTROLS } from './fixtures/raw-controls';
import { readArguments, runAnalyse } from './analyse';

const OLDER = 'examples/bank-fragmented.json';
// The bank a quarter later: three answers and one RACI cell changed, two actions done, one in progress.
const NEWER = 'scripts/fixtures/bank-2026-Q4.json';

/** Runs the command in this process over real files, and files held in memory by name. */
function run(args: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = runAnalyse(args, {
    readFile: (file) => files[file] ?? readFileSync(file, 'utf8'),
    loadModel: () => loadModel(),
    stdout: (text) => (stdout += `${text}\n`),
    stderr: (text) => (stderr += `${text}\n`),
  });
  return { code, stdout, stderr };
}

describe('npm run analyse -- --compare older.json newer.json', () => {
  const out = run(['--compare', OLDER, NEWER]);
  const comparison = JSON.parse(out.stdout) as Comparison;

  it('prints the changes as JSON with the keys of the format document, and exits 0', () => {
    expect(out.code).toBe(0);
    expect(Object.keys(comparison)).toEqual([
      'changedAnswers',
      'changedRaci',
      'flagsGained',
      'flagsLost',
      'figures',
      'projection',
      'newQuestions',
    ]);
  });

  it('lists exactly the three answers and the one RACI cell that changed', () => {
    expect(comparison.changedAnswers).toEqual([
      { question: 'ownership.owner', from: 1, to: 3 },
      { question: 'data.truth', from: 2, to: 3 },
      { question: 'review.timing', from: 2, to: 4 },
    ]);
    expect(comparison.changedRaci).toEqual([
      { activity: 'review.approve', team: 'legal', from: 'C', to: 'CI' },
    ]);
  });

  it('reports reactive control lost and nothing gained once messages are reviewed before they go', () => {
    expect(comparison.flagsGained).toEqual([]);
    expect(comparison.flagsLost.map((f) => f.flag)).toEqual([
      'reactive-control',
      'reactive-control',
    ]);
  });

  it('judges each dimension against the projection a quarter on, with the actions behind it', () => {
    expect(comparison.projection['review']).toMatchObject({ status: 'on-track', actual: 2.4 });
    expect(comparison.projection['ownership']?.status).toBe('behind');
    expect(comparison.projection['ownership']?.actions).toContainEqual({
      action: 'communication-inventory',
      phase: 'stabilise',
      status: 'in-progress',
    });
  });

  it('reads the two files in either order of the option, and refuses any other number of files', () => {
    expect(run([OLDER, NEWER, '--compare']).stdout).toBe(out.stdout);
    expect(readArguments(['--compare', OLDER])).toHaveProperty('error');
    expect(readArguments(['--compare', OLDER, NEWER, NEWER])).toHaveProperty('error');
    expect(readArguments([OLDER, NEWER])).toMatchObject({ compare: false });
  });
});

describe('npm run analyse -- --compare --format table', () => {
  const out = run(['--compare', OLDER, NEWER, '--format', 'table']);

  it('prints a readable comparison: heading, changes, figures and progress', () => {
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^Wadi Retail Bank · 2026-Q3 → 2026-Q4 · model 2026\.3\n/);
    expect(out.stdout).toMatch(
      /Changed answers \(3\)\n {2}Question +From +To +Asks\n {2}ownership\.owner +1 +3 +Who answers for customer communication as a whole, from…\n/,
    );
    expect(out.stdout).toMatch(
      /Changed RACI cells \(1\)\n.*\n {2}Approve new or changed communications before release +Legal Affairs +C +CI\n/,
    );
    expect(out.stdout).toMatch(/No flag gained\n/);
    expect(out.stdout).toMatch(/Flags lost \(2\)\n/);
    expect(out.stdout).toMatch(/ {2}Fragmentation index +0\.92 +0\.92\n/);
    expect(out.stdout).toMatch(/Progress against the projection, 3 months on/);
    expect(out.stdout).toMatch(
      / {2}Review & compliance control +2\.40 +2\.40 +on-track +Review .+ \(done\)/,
    );
  });

  it('shows names from the files with their control characters escaped, each on its own row', () => {
    const newer = JSON.parse(readFileSync(NEWER, 'utf8')) as {
      teams: { id: string; name: string }[];
    };
    const legal = newer.teams.find((t) => t.id === 'legal');
    if (legal) legal.name = 'Legal\n\u001b[2J\u202eAffairs';
    const hostile = run(['--compare', OLDER, 'hostile.json', '--format', 'table'], {
      'hostile.json': JSON.stringify(newer),
    });
    expect(hostile.stdout).toContain('Legal\\n\\x1b[2J\\u202eAffairs');
    expect(hostile.stdout.split('\n')).toHaveLength(out.stdout.split('\n').length);
    expect(hostile.stdout).not.toMatch(RAW_CONTROLS);
  });
});

describe('npm run analyse -- --compare with a bad file', () => {
  it('lists each bad file’s problems with its path, prints nothing on stdout and exits 1', () => {
    const out = run(['--compare', 'scripts/fixtures/invalid-assessment.json', 'no-such-file.json']);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(
      'scripts/fixtures/invalid-assessment.json: period: must look like 2026-Q4, found "2026-Q9"',
    );
    expect(out.stderr).toContain('no-such-file.json: (document): does not exist');
  });

  it('still names the bad file when the other one is good', () => {
    const out = run(['--compare', OLDER, 'scripts/fixtures/invalid-assessment.json']);
    expect([out.code, out.stdout]).toEqual([1, '']);
    expect(out.stderr).toMatch(/^scripts\/fixtures\/invalid-assessment\.json: /);
  });

  it('exits 2 with the usage when given one file', () => {
    const out = run(['--compare', OLDER]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/--compare takes two files, the older first, not 1\nusage:/);
  });
});

describe('npm run analyse -- --compare across model versions', () => {
  it('opens a quarter taken with model 2026.2, compares the questions both ask and lists the new ones', () => {
    const older = 'src/domain/schemas/fixtures/assessment-2026.2.json';
    const doc = JSON.parse(readFileSync(older, 'utf8')) as { maturity: Record<string, unknown> };
    const {
      'delivery.tools': _tools,
      'feedback.share': _share,
      'centricity.contact': _contact,
      ...shared
    } = doc.maturity;
    const newer = {
      ...doc,
      modelVersion: '2026.3',
      period: '2026-Q4',
      notes: {},
      responses: [],
      maturity: { ...shared, 'ownership.owner': 3, 'data.personal': 4, 'delivery.providers': 1 },
    };
    const out = run(['--compare', older, 'newer.json'], { 'newer.json': JSON.stringify(newer) });
    expect(out.code).toBe(0);
    const c = JSON.parse(out.stdout) as Comparison;
    expect(c.changedAnswers).toEqual([{ question: 'ownership.owner', from: 2, to: 3 }]);
    expect(c.newQuestions).toHaveLength(10);
    expect(c.newQuestions).toContain('data.personal');
    expect(c.newQuestions).toContain('delivery.providers');
    const table = run(['--compare', older, 'newer.json', '--format', 'table'], {
      'newer.json': JSON.stringify(newer),
    }).stdout;
    expect(table).toMatch(/ · model 2026\.2 → 2026\.3\n/);
    expect(table).toMatch(
      /New questions, not compared \(10\)\n {2}Question +Asks\n {2}data\.personal +How is the personal data in a message kept to what it…\n/,
    );
  });
});

describe('the compare command as installed', () => {
  it('exits 0 and prints the comparison as JSON', () => {
    const result = spawnSync(
      'node_modules/.bin/tsx',
      ['scripts/analyse.ts', '--compare', OLDER, NEWER],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as Comparison).changedRaci).toHaveLength(1);
  });
});

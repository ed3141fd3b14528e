import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../src/domain/analysis';
import { loadModel } from '../src/lib/model/load-model';
import { RAW_CONTROLS } from './fixtures/raw-controls';
import {
  MAX_PROBLEMS_SHOWN,
  readArguments,
  readAssessmentFile,
  runAnalyse,
  type CommandIo,
} from './analyse';

/** Runs the command in this process and collects what it prints. */
function run(...args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = {
    readFile: (file) => readFileSync(file, 'utf8'),
    loadModel: () => loadModel(),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  };
  const code = runAnalyse(args, io);
  return { code, stdout, stderr };
}
const analyseExample = (name: string): Analysis =>
  JSON.parse(run(`examples/${name}.json`).stdout) as Analysis;
const flagged = (a: Analysis): Record<string, string[]> =>
  Object.fromEntries(
    Object.entries(a.activities)
      .filter(([, x]) => x.flags.length > 0)
      .map(([id, x]) => [id, x.flags]),
  );

// Figures checked against an independent hand calculation from the example files.
describe('npm run analyse on the examples', () => {
  it('finds the fragmented bank fragmented: seven owners, seven handoffs, no control function', () => {
    const a = analyseExample('bank-fragmented');
    expect(a.overall.score).toBeCloseTo(1.73732, 4);
    expect(a.overall).toMatchObject({ level: 1, weakest: 'ownership' }); // 1.72 has reached level 1 only
    expect(a.overall.confidence).toBeCloseTo(0.93478, 4);
    expect(a.lifecycle).toMatchObject({
      accountableOwners: 7,
      handoffs: 7,
      controlFunctionCoverage: 0,
      answeredActivities: 26,
      unknownActivities: 1,
    });
    // Each of the 9 orphans is its own owner: the 17 owned activities' shares plus 9 × (1/26)².
    expect(a.lifecycle.hhi).toBeCloseTo(57 / 676, 9);
    expect(a.lifecycle.fragmentationIndex).toBeCloseTo(619 / 676, 9);
    expect(a.lifecycle.orphanRate).toBeCloseTo(9 / 26);
    expect(a.lifecycle.contestRate).toBeCloseTo(5 / 26);
    expect(Object.values(a.stages).map((s) => s.mainAccountable)).toEqual([
      'marketing',
      'operations',
      'marketing',
      'compliance',
      'it', // the platforms and the sender identities; operations holds failures and half of vendors
      'compliance',
      'customer-service',
      'communications',
    ]);
    expect(a.teams['operations']).toEqual(expect.objectContaining({ load: 13, overloaded: true }));
    // Overload counts the work: 38 R over 13 teams is a mean of 2.92; 8, 6 and 8 are above 5.85.
    expect(
      Object.entries(a.teams)
        .filter(([, t]) => t.overloaded)
        .map(([id]) => id),
    ).toEqual(['operations', 'it', 'digital-channels']);
    expect(flagged(a)['review.approve']).toEqual([
      'contested',
      'remote-owner',
      'reactive-control',
      'perception-gap',
    ]);
    expect(flagged(a)['traceability.archive']).toEqual(['blind-spot', 'perception-gap']);
    // The contact centre holds no letter on any of the three front-line activities.
    expect(flagged(a)['content.author']).toEqual(['diffuse', 'contact-centre-unaware']);
    expect(flagged(a)['triggers.define']).toEqual(['contact-centre-unaware']);
    expect(flagged(a)['incidents.crisis']).toEqual(['contact-centre-unaware']);
    // The chatbot nobody approves, and scripts nobody owns, are orphaned; so are the vendors contested.
    expect(flagged(a)['triggers.automate']).toEqual([
      'orphaned',
      'reactive-control',
      'perception-gap',
    ]);
    expect(flagged(a)['content.align']).toEqual(['orphaned']);
    expect(flagged(a)['delivery.vendors']).toEqual(['contested', 'remote-owner']);
    expect(Object.keys(flagged(a))).toHaveLength(20);
  });

  it('measures the bank’s workshop: six participants, kappa 0.676, leaders rosier on every dimension', () => {
    const w = analyseExample('bank-fragmented').workshop;
    expect(w?.participants).toBe(6);
    expect(w?.kappa).toBeCloseTo(0.675641, 5);
    // Everyone who answered counts, "don't know" included: compliance named by 2 of 6.
    expect(w?.activities['review.approve']?.agreement).toBeCloseTo(1 / 3);
    // 3 "don't know", then IT, operations and "no one" once each: a tie, 1 of 6.
    expect(w?.activities['traceability.archive']).toMatchObject({
      tied: true,
      modal: ['operations', 'it'],
    });
    expect(w?.activities['traceability.archive']?.agreement).toBeCloseTo(1 / 6);
    expect(w?.dividedQuestions).toEqual(['review.timing']);
    expect(Object.keys(w?.roles ?? {})).toEqual(['leadership', 'management', 'staff']);
    // Leaders answer data at 3 throughout; the others' means are 2, 2.25, 1.5 and 2 (one "don't know").
    expect(w?.leadershipGap['data']?.gap).toBeCloseTo(1.0625);
    expect(Object.values(w?.leadershipGap ?? {}).every((g) => (g.gap ?? 0) > 0)).toBe(true);
  });

  it('analyses the government agency with responsiveness out of scope', () => {
    const a = analyseExample('government-agency');
    expect(a.dimensions['responsiveness']).toMatchObject({ score: null, inScope: false });
    expect(a.overall.score).toBeCloseTo(2.535833, 5);
    // Weights 10 in all; data misses 1 of 4 answers (weight 1), traceability 1 of 3 (weight 1.25).
    expect(a.overall.confidence).toBeCloseTo((10 - 1 / 4 - 1.25 / 3) / 10);
    expect(a.lifecycle).toMatchObject({ accountableOwners: 9, handoffs: 6 });
    expect(a.lifecycle.hhi).toBeCloseTo(169 / 1458, 9);
    expect(a.lifecycle.orphanRate).toBeCloseTo(3 / 27);
    expect(a.lifecycle.contestRate).toBeCloseTo(3 / 27);
    // ccm is the only accountable team on 1 activity; on another it shares the A.
    expect(a.lifecycle.controlFunctionCoverage).toBeCloseTo(1 / 27);
    expect(a.workshop).toBeUndefined();
    expect(
      Object.entries(a.teams)
        .filter(([, t]) => t.overloaded)
        .map(([id]) => id),
    ).toEqual(['communications', 'it', 'e-services']); // R: 8, 13, 8 against a mean of 3.33
  });

  it('finds the Gulf Islamic bank defined at its regulated core, with its contact centre left out', () => {
    const a = analyseExample('gulf-islamic-bank');
    // Weighted mean for banking (review and traceability 1.5, ownership and data 1.25, others 1):
    // (3×1.25 + 3×1.25 + 2.4 + 2.6 + 3×1.5 + 2.4 + 8/3×1.5 + 5/3 + 2.5 + 1.75) ÷ 11.5.
    expect(a.overall.score).toBeCloseTo(
      (3.75 + 3.75 + 2.4 + 2.6 + 4.5 + 2.4 + 4 + 5 / 3 + 2.5 + 1.75) / 11.5,
      9,
    );
    expect(a.overall).toMatchObject({ level: 2, weakest: 'feedback', confidence: 1 });
    expect(
      Object.entries(a.dimensions)
        .filter(([, d]) => d.level === 3)
        .map(([id]) => id),
    ).toEqual(['ownership', 'data', 'review']);
    expect(a.lifecycle).toMatchObject({
      accountableOwners: 10,
      handoffs: 7,
      controlFunctionCoverage: 0,
      answeredActivities: 27,
    });
    expect(flagged(a)).toEqual({
      'data.consent': ['remote-owner'],
      'triggers.define': ['contact-centre-unaware'],
      // Digital banking answers for the chatbot and the website's content, others do the work.
      'triggers.automate': ['remote-owner'],
      'content.author': ['contact-centre-unaware'],
      'content.align': ['remote-owner'],
      'delivery.orchestrate': ['orphaned'],
      'feedback.capture': ['contested'],
      'incidents.crisis': ['remote-owner', 'contact-centre-unaware'],
    });
    // Regulated messages are approved before release: no reactive control, and that action in place.
    expect(a.roadmap.inPlace).toContain('review-before-release');
    expect(a.roadmap.phases[0]?.actions.map((x) => x.id)).toEqual([
      'contact-centre-briefing',
      'name-accountable-owners',
      'stop-and-correct-procedure',
      'answer-every-call-and-post',
    ]);
    expect(Object.values(a.teams).some((t) => t.overloaded)).toBe(false);
  });

  it('finds the controlled telecom operator close to a single control function', () => {
    const a = analyseExample('telecom-controlled');
    expect(a.overall).toMatchObject({ level: 4, confidence: 1 });
    expect(a.overall.score).toBeCloseTo(4.463121, 5);
    expect(a.lifecycle).toMatchObject({
      accountableOwners: 2,
      handoffs: 0,
      orphanRate: 0,
      contestRate: 0,
    });
    expect(a.lifecycle.controlFunctionCoverage).toBeCloseTo(26 / 27);
    // ccm alone on 26 of 27, IT on the platforms: 1 − (26² + 1²) / 27².
    expect(a.lifecycle.fragmentationIndex).toBeCloseTo(1 - 677 / 729, 9);
    // The control function governs work that others do: that is its role, not a remote owner.
    // Customer care is informed of new sending rules, templates and crises: no flag at all.
    expect(flagged(a)).toEqual({});
  });

  it('prints an array when given several files', () => {
    const out = run('examples/telecom-controlled.json', 'examples/government-agency.json');
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toHaveLength(2);
  });

  it('lists inconsistent answers in the table, naming the answers', () => {
    const out = run('--format', 'table', 'examples/bank-fragmented.json');
    expect(out.stdout).toMatch(
      /Inconsistent answers\n {2}.+\(review\.regulation, ownership\.inventory\)/,
    );
  });

  it('prints a readable table with --format table', () => {
    const out = run('--format', 'table', 'examples/telecom-controlled.json');
    expect(out.stdout).toMatch(/^Najm Telecom · /);
    expect(out.stdout).toMatch(/Control-function coverage\s+96%/);
    expect(out.stdout).toMatch(/Risk heatmap/);
    expect(out.stdout).toMatch(/\n {2}stabilise, months 0–3: effort \d+ of 12/);
    expect(out.stdout).toMatch(/Already in place\n {4}Name one accountable owner/);
    expect(out.stdout).toMatch(/Dimension +Score +Level +Target +Gap/);
  });
});

describe('npm run analyse on a bad file', () => {
  it('still analyses the good files, one block per bad file naming the path and what was expected, and exits 1', () => {
    const out = run(
      'examples/telecom-controlled.json',
      'scripts/fixtures/invalid-assessment.json',
      'no-such-file.json',
    );
    expect(out.code).toBe(1);
    const analyses = JSON.parse(out.stdout) as Analysis[];
    expect(analyses.map((a) => a.lifecycle.accountableOwners)).toEqual([2]);
    expect(out.stderr).toContain(
      'scripts/fixtures/invalid-assessment.json: period: must look like 2026-Q4, found "2026-Q9"',
    );
    expect(out.stderr).toContain(
      'scripts/fixtures/invalid-assessment.json: organisation.sector: "bank" is not one of the allowed values: "banking", "insurance"',
    );
    expect(out.stderr).toContain('no-such-file.json: (document): does not exist');
  });

  it('prints nothing on stdout when the only file is bad', () => {
    const out = run('scripts/fixtures/invalid-assessment.json');
    expect([out.code, out.stdout]).toEqual([1, '']);
  });

  it('says when a file is not JSON', () => {
    expect(run('package-lock.json').stderr).toMatch(
      /^package-lock\.json: format: must be "ccm-assessment"/,
    );
    expect(run('scripts/analyse.ts').stderr).toMatch(
      /^scripts\/analyse\.ts: \(document\): is not valid JSON/,
    );
  });
});

describe('npm run analyse on a file the model does not match', () => {
  it('refuses every id the model does not know, one line each with its path, and exits 1', () => {
    const out = run('scripts/fixtures/unknown-ids-assessment.json');
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    const file = 'scripts/fixtures/unknown-ids-assessment.json';
    expect(out.stderr.split('\n')).toEqual([
      `${file}: maturity["ownership.foo"]: "ownership.foo" is not a question of the model`,
      `${file}: raci["data.nope"]: "data.nope" is not an activity of the model`,
      `${file}: responses[2].maturity["review.late"]: "review.late" is not a question of the model`,
      `${file}: notes.misc: "misc" is neither a question nor an activity of the model`,
      `${file}: outOfScope.stages[0]: "billing" is not a stage of the model`,
      `${file}: targets.speed: "speed" is not a dimension of the model`,
      `${file}: roadmap.buy-a-tool: "buy-a-tool" is not an action of the model`,
      `${file}: organisation.sponsor: "board" is neither one of the assessment's teams nor the model's sponsor (executive)`,
      `${file}: responses[2].participant: "p1" has already answered in this workshop`,
    ]);
  });

  it('says a file from a model it does not know needs a newer tool', () => {
    const out = run('scripts/fixtures/future-model-assessment.json');
    expect(out.code).toBe(1);
    expect(out.stderr).toBe(
      `scripts/fixtures/future-model-assessment.json: modelVersion: was made with model 2031.1, which this tool does not know (it reads model ${loadModel().version}); update the tool`,
    );
  });

  it('opens an assessment taken with model 2026.1 as the shipped model, with data back in scope', () => {
    const read = readAssessmentFile(
      'src/domain/schemas/fixtures/assessment-2026.1.json',
      { readFile: (file) => readFileSync(file, 'utf8') },
      loadModel(),
    );
    expect('assessment' in read && read.assessment.modelVersion).toBe(loadModel().version);
    expect('assessment' in read && read.assessment.outOfScope?.stages).toEqual(['incidents']);
  });
});

describe('readArguments', () => {
  it('reads the files and the format in any order', () => {
    expect(readArguments(['a.json', '--format=table', 'b.json'])).toEqual({
      files: ['a.json', 'b.json'],
      format: 'table',
      compare: false,
    });
  });

  it('refuses an unknown format, an unknown option and no file', () => {
    expect(readArguments(['--format', 'xml', 'a.json'])).toHaveProperty('error');
    expect(readArguments(['--verbose', 'a.json'])).toHaveProperty('error');
    expect(readArguments([])).toHaveProperty('error');
  });
});

describe('the command as installed', () => {
  const tsx = 'node_modules/.bin/tsx';

  it('exits 0 and prints JSON for a good file', () => {
    const stdout = execFileSync(tsx, ['scripts/analyse.ts', 'examples/government-agency.json'], {
      encoding: 'utf8',
    });
    expect((JSON.parse(stdout) as Analysis).lifecycle.handoffs).toBe(6);
  });

  it('exits 1 with the problem on stderr for an invalid file', () => {
    const result = spawnSync(
      tsx,
      ['scripts/analyse.ts', 'scripts/fixtures/invalid-assessment.json'],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('invalid-assessment.json: period: must look like 2026-Q4');
  });
});

/** Runs the command over files held in memory. */
function runOn(files: Record<string, string>, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runAnalyse(args, {
    readFile: (file) => {
      const text = files[file];
      if (text === undefined) throw Object.assign(new Error('no file'), { code: 'ENOENT' });
      return text;
    },
    loadModel: () => loadModel(),
    stdout: (text) => (stdout += `${text}\n`),
    stderr: (text) => (stderr += `${text}\n`),
  });
  return { code, stdout, stderr };
}

const example = (): Record<string, unknown> =>
  JSON.parse(readFileSync('examples/telecom-controlled.json', 'utf8')) as Record<string, unknown>;
describe('npm run analyse on hostile files', () => {
  it('shows control and bidirectional characters in a message as visible escapes, one line each', () => {
    const doc = example();
    doc['period'] = '\u001b[2J2026\nQ4\u202e';
    const out = runOn({ 'a\u001b]0;x\u0007.json': JSON.stringify(doc) }, 'a\u001b]0;x\u0007.json');
    expect(out.code).toBe(1);
    expect(out.stderr).toBe(
      'a\\x1b]0;x\\x07.json: period: must look like 2026-Q4, found "\\x1b[2J2026\\nQ4\\u202e"\n',
    );
  });

  it('cuts a long value in a message to 80 characters and gives its length', () => {
    const doc = example();
    doc['period'] = 'x'.repeat(100_000);
    const out = runOn({ 'long.json': JSON.stringify(doc) }, 'long.json');
    expect(out.stderr).toBe(
      `long.json: period: must look like 2026-Q4, found "${'x'.repeat(80)}…" (100000 characters)\n`,
    );
  });

  it('lists 20 problems a file and counts the rest: 100,000 bad values print a few kilobytes', () => {
    const doc = example();
    doc['maturity'] = Object.fromEntries(
      Array.from({ length: 100_000 }, (_, i) => [`q${i}`, `\u202e\u001b[2J${'x'.repeat(20)}`]),
    );
    const out = runOn({ 'many.json': JSON.stringify(doc) }, 'many.json');
    const lines = out.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(MAX_PROBLEMS_SHOWN + 1);
    expect(lines[0]).toMatch(
      /^many\.json: maturity\.q0: expected a level from 1 to 5, or "unknown" for don't know, found "\\u202e\\x1b\[2Jx{20}"$/,
    );
    expect(lines.at(-1)).toBe('many.json: … and 99980 more problems (100000 in all)');
    expect(out.stderr.length).toBeLessThan(8_000);
    expect(out.stderr).not.toMatch(RAW_CONTROLS);
  }, 20_000);

  it('reads a file that starts with a byte-order mark', () => {
    const out = runOn({ 'bom.json': `\uFEFF${JSON.stringify(example())}` }, 'bom.json');
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toHaveProperty('lifecycle');
  });

  it('keeps the table one row a team when a team name holds a newline or an escape code', () => {
    const doc = example();
    const teams = doc['teams'] as { id: string; name: string }[];
    const clean = runOn({ 'a.json': JSON.stringify(doc) }, '--format', 'table', 'a.json').stdout;
    (teams[0] as { name: string }).name = 'Line one\nLine two\u001b[31m\u202e';
    doc['organisation'] = { ...(doc['organisation'] as object), name: 'Najm\r\u009b2J' };
    const out = runOn({ 'a.json': JSON.stringify(doc) }, '--format', 'table', 'a.json');
    expect(out.stdout.split('\n')).toHaveLength(clean.split('\n').length);
    expect(out.stdout).toContain('Line one\\nLine two\\x1b[31m\\u202e');
    expect(out.stdout).toMatch(/^Najm\\r\\x9b2J · /);
    expect(out.stdout).not.toMatch(RAW_CONTROLS);
  });

  it('writes bidirectional characters in the JSON as escapes that read back as the same text', () => {
    const doc = example();
    const roleName = 'staff\u202e\u2066';
    const responses = [
      { participant: 'p1', role: roleName, maturity: { 'review.timing': 2 } },
      { participant: 'p2', role: roleName, maturity: { 'review.timing': 3 } },
    ];
    const out = runOn({ 'w.json': JSON.stringify({ ...doc, responses }) }, 'w.json');
    expect(out.stdout).toContain('staff\\u202e\\u2066');
    expect(out.stdout).not.toMatch(RAW_CONTROLS);
    expect(Object.keys((JSON.parse(out.stdout) as Analysis).workshop?.roles ?? {})).toEqual([
      roleName,
    ]);
  });
});

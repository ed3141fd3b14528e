// The whole test suite: unit tests, a production build, end-to-end tests in a real browser.
// Ends with one line "N passed, N failed" summing every suite, so a run that tested nothing shows.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = '.cache/test-reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
const problems = [];

// With coverage: below 90 % of lines or 85 % of branches in src/domain the run fails.
const unitStatus = run('unit tests', 'vitest', [
  'run',
  '--coverage',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${REPORTS}/unit.json`,
]);
const unit = readJson(`${REPORTS}/unit.json`);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
if (unitStatus !== 0 && (!unit || unit.numFailedTests === 0))
  problems.push(
    unit ? 'src/domain is below its coverage gate (see above)' : 'unit tests did not run',
  );

const staticStatus = run('build', 'astro', ['build']);
if (staticStatus !== 0) problems.push('the build failed');
// The workshop server's build (node adapter, dist-workshop/), which the end-to-end tests start.
const workshopStatus = run('workshop build', 'astro', ['build'], { WORKSHOP_BUILD: '1' });
if (workshopStatus !== 0) problems.push('the workshop build failed');
const buildStatus = staticStatus || workshopStatus;

let e2eStatus = 1;
if (buildStatus === 0) {
  e2eStatus = run('end-to-end tests', 'playwright', ['test']);
  const e2e = readJson(`${REPORTS}/e2e.json`);
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
  }
  if (e2eStatus !== 0 && (!e2e || e2e.stats.unexpected === 0))
    problems.push('end-to-end tests did not run');
}

for (const p of problems) console.log(`✗ ${p}`);
if (!existsSync(REPORTS)) problems.push('no reports');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || problems.length > 0 || unitStatus !== 0 || e2eStatus !== 0 ? 1 : 0);

/**
 * `npm run bench`: runs every benchmark in turn and prints its numbers. Add a benchmark by
 * writing `bench/<name>.ts` that exports a run function, and listing it below.
 */
import { runAnalyseBenchmark } from './analyse';

const BENCHMARKS: { name: string; run: () => void }[] = [{ name: 'analyse', run: () => runAnalyseBenchmark() }];

for (const { name, run } of BENCHMARKS) {
  console.log(`\n# ${name}`);
  run();
}

/**
 * `npm run bench [-- <name>…]`: runs every benchmark (or the named ones) in turn and prints its
 * numbers (`recompute`, `what-if`, `long-tasks` and `page-weight` need `npm run build` first). Add a benchmark by writing `bench/<name>.ts` that exports a run function and listing
 * it below. A benchmark that cannot run (e.g. page weight before a build) says why and the rest
 * still run.
 */
import { runAnalyseBenchmark } from './analyse';
import { runExamplesBenchmark } from './examples';
import { runKappaBenchmark } from './kappa';
import { runLongTasksBenchmark } from './long-tasks';
import { runPageWeightBenchmark } from './page-weight';
import { runPdfReportBenchmark } from './pdf-report';
import { runRecomputeBenchmark } from './recompute';
import { runWhatIfBenchmark } from './what-if';
import { runWorkshopLoadBenchmark } from './workshop-load';

const BENCHMARKS: { name: string; run: () => void | Promise<void> }[] = [
  { name: 'analyse', run: () => runAnalyseBenchmark() },
  { name: 'examples', run: () => runExamplesBenchmark() },
  { name: 'kappa', run: runKappaBenchmark },
  { name: 'page-weight', run: runPageWeightBenchmark },
  { name: 'recompute', run: runRecomputeBenchmark },
  { name: 'pdf-report', run: runPdfReportBenchmark },
  { name: 'what-if', run: () => runWhatIfBenchmark() },
  { name: 'workshop-load', run: runWorkshopLoadBenchmark },
  { name: 'long-tasks', run: () => runLongTasksBenchmark() },
];

const wanted = process.argv.slice(2);
for (const { name, run } of BENCHMARKS) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n# ${name}`);
  try {
    await run();
  } catch (error) {
    console.log(`skipped: ${(error as Error).message}`);
  }
}

/**
 * The JavaScript each built page ships before interaction and its HTML, gzip-compressed, against
 * the budgets (the end-to-end budgets test gates the same numbers). Run after `npm run build`
 * (PAGE_WEIGHT_DIR weighs another build directory).
 */
import { KB, measurePages, RESULTS_HTML_BUDGET_KB, scriptBudget } from '../scripts/page-weight';

const kb = (bytes: number): string => (bytes / KB).toFixed(1);

/** Prints the table and the budgets. */
export function runPageWeightBenchmark(): void {
  const rows = measurePages(process.env['PAGE_WEIGHT_DIR']);
  console.log(
    'page'.padEnd(22),
    'files'.padStart(5),
    'raw KB'.padStart(8),
    'gzip KB'.padStart(8),
    ' budget'.padEnd(16),
    'HTML gzip KB'.padStart(12),
  );
  for (const row of rows) {
    const budget = scriptBudget(row.page);
    const html = row.page.includes('/results/')
      ? `${kb(row.htmlGzip)} (${row.htmlGzip / KB <= RESULTS_HTML_BUDGET_KB ? 'within' : 'OVER'} ${RESULTS_HTML_BUDGET_KB})`
      : kb(row.htmlGzip);
    console.log(
      row.page.padEnd(22),
      String(row.files).padStart(5),
      kb(row.raw).padStart(8),
      kb(row.gzip).padStart(8),
      ` ${row.gzip / KB <= budget.kb ? 'within' : 'OVER'} ${budget.kb} KB`.padEnd(16),
      html.padStart(12),
    );
  }
}

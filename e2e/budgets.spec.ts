// Page weight budgets, read from the build in dist/ (bytes, not time: the same build always gives
// the same answer). A page over its budget fails with its path, its size and its budget.
import { test, expect } from './fixtures';
import { KB, measurePages, RESULTS_HTML_BUDGET_KB, scriptBudget } from '../scripts/page-weight';

const pages = measurePages();
const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

test('every page is built, so that every page is weighed', () => {
  expect(pages.map((p) => p.page)).toEqual(
    expect.arrayContaining([
      '/en/',
      '/ar/',
      '/en/assess/',
      '/ar/assess/',
      '/en/results/',
      '/ar/results/',
    ]),
  );
});

test('no page loads more JavaScript before interaction than its budget', () => {
  const over = pages
    .filter((p) => p.gzip > scriptBudget(p.page).kb * KB)
    .map((p) => `${p.page}: ${kb(p.gzip)} gzip, budget ${scriptBudget(p.page).kb} KB`);
  expect(over, 'pages over their JavaScript budget').toEqual([]);
});

test('the results page HTML stays within its budget in both languages', () => {
  const results = pages.filter((p) => p.page.endsWith('/results/'));
  expect(results).toHaveLength(2);
  const over = results
    .filter((p) => p.htmlGzip > RESULTS_HTML_BUDGET_KB * KB)
    .map((p) => `${p.page}: HTML ${kb(p.htmlGzip)} gzip, budget ${RESULTS_HTML_BUDGET_KB} KB`);
  expect(over, 'results pages over their HTML budget').toEqual([]);
});

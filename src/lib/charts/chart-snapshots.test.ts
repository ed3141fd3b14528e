/**
 * SVG snapshots of the charts, rendered on the server from the example assessments in both
 * languages: what a reader sees, pinned. No clock or randomness goes in, so a change in a snapshot
 * is a change in the chart. `vitest run -u` rewrites them after an intended change.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import RiskHeatmap from '../../components/charts/RiskHeatmap.svelte';
import RaciMatrix from '../../components/charts/RaciMatrix.svelte';
import HeatmapTable from '../../components/charts/HeatmapTable.svelte';
import MatrixTable from '../../components/charts/MatrixTable.svelte';
import { translator } from '../../i18n';
import type { Translate } from '../i18n-client';
import { analyseExample } from './example-analysis';

/**
 * One element a line, without Svelte's hydration markers and style-scoping classes: a snapshot
 * that changes when the chart changes, not when a style rule does, and diffs a reader can follow.
 */
function pretty(html: string): string {
  return `${html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/ ?svelte-[a-z0-9]+/g, '')
    .replace(/ class=""/g, '')
    .replace(/></g, '>\n<')
    .trim()}\n`;
}

/** The example files, and a fixture with a stage out of scope and stages mostly unanswered. */
const FILES = {
  'bank-fragmented': 'examples/bank-fragmented.json',
  'government-agency': 'examples/government-agency.json',
  'telecom-controlled': 'examples/telecom-controlled.json',
  'gulf-islamic-bank': 'examples/gulf-islamic-bank.json',
  'bank-partly-answered': 'src/lib/charts/fixtures/bank-partly-answered.json',
};

for (const [name, path] of Object.entries(FILES)) {
  for (const lang of ['en', 'ar'] as const) {
    describe(`${name} in ${lang === 'en' ? 'English' : 'Arabic'}`, () => {
      const { analysis, assessment, view, stages, teams } = analyseExample(path, lang);
      const t = translator(lang) as Translate;

      it('draws the risk heatmap', async () => {
        const props = { heatmap: analysis.heatmap, stages, lang, t, caption: 'Risk heatmap' };
        const { body } = render(RiskHeatmap, { props });
        await expect(pretty(body)).toMatchFileSnapshot(
          `__snapshots__/heatmap-${name}-${lang}.svg.html`,
        );
      });

      it('draws the compact risk heatmap', async () => {
        const props = {
          heatmap: analysis.heatmap,
          stages,
          lang,
          t,
          caption: 'Phase',
          compact: true,
        };
        const { body } = render(RiskHeatmap, { props });
        await expect(pretty(body)).toMatchFileSnapshot(
          `__snapshots__/heatmap-compact-${name}-${lang}.svg.html`,
        );
      });

      it('lists the heatmap as a table', async () => {
        const props = { heatmap: analysis.heatmap, stages, lang, t, caption: 'Risk heatmap' };
        const { body } = render(HeatmapTable, { props });
        await expect(pretty(body)).toMatchFileSnapshot(
          `__snapshots__/heatmap-table-${name}-${lang}.html`,
        );
      });

      it('draws the RACI matrix', async () => {
        const props = {
          analysis,
          raci: assessment.raci,
          activities: view.activities,
          stages,
          teams,
          controlFunction: view.controlFunction,
          lang,
          t,
        };
        const { body } = render(RaciMatrix, { props });
        await expect(pretty(body)).toMatchFileSnapshot(
          `__snapshots__/matrix-${name}-${lang}.svg.html`,
        );
      });

      it('lists the RACI matrix as a table', async () => {
        const props = { analysis, activities: view.activities, stages, teams, lang, t };
        const { body } = render(MatrixTable, { props });
        await expect(pretty(body)).toMatchFileSnapshot(
          `__snapshots__/matrix-table-${name}-${lang}.html`,
        );
      });
    });
  }
}

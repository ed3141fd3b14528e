/**
 * The analysis of an example assessment, with the model's words in one language: what the chart
 * tests lay out and render (real data, read from the files, no clock or randomness).
 */
import { readFileSync } from 'node:fs';
import { analyse } from '../../domain/analyse';
import type { Analysis } from '../../domain/analysis';
import type { Assessment } from '../../domain/schemas/assessment';
import { parseAssessment } from '../../domain/schemas/parse-assessment';
import type { Lang } from '../../i18n';
import { loadModel } from '../model/load-model';
import { toViewModel, type ViewModel } from '../model/view-model';

/** An analysed example, with the page-language names the charts take as props. */
export interface ExampleAnalysis {
  assessment: Assessment;
  analysis: Analysis;
  view: ViewModel;
  stages: { id: string; name: string }[];
  /** The assessment's teams, labelled as the pages label them (default names follow the language). */
  teams: { id: string; label: string }[];
}

/** Reads an assessment file, analyses it with the model in `data/` and names things in `lang`. */
export function analyseExample(path: string, lang: Lang): ExampleAnalysis {
  const parsed = parseAssessment(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(`${path} does not parse`);
  const model = loadModel();
  const view = toViewModel(model, lang);
  const defaults = new Map(view.teams.map((t) => [t.id, t]));
  return {
    assessment: parsed.value,
    analysis: analyse(model, parsed.value),
    view,
    stages: view.stages.map(({ id, name }) => ({ id, name })),
    teams: parsed.value.teams.map((team) => {
      const known = defaults.get(team.id);
      return { id: team.id, label: known?.names.includes(team.name) ? known.name : team.name };
    }),
  };
}

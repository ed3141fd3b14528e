/** The example assessments analysed with the shipped model, for the chart data tests. */
import { readFileSync } from 'node:fs';
import { analyse } from '../../domain/analyse';
import type { Analysis } from '../../domain/analysis';
import type { Assessment } from '../../domain/schemas/assessment';
import { parseAssessment } from '../../domain/schemas/parse-assessment';
import { loadModel } from '../model/load-model';
import { toViewModel } from '../model/view-model';
import type { DimensionName } from './radar-data';

/** Reads and validates `examples/<name>.json`. */
export function readExample(name: string): Assessment {
  const parsed = parseAssessment(JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(`examples/${name}.json does not parse`);
  return parsed.value;
}

/** The analysis of an assessment with the shipped model. */
export function analyseExample(assessment: Assessment): Analysis {
  return analyse(loadModel(), assessment);
}

/** The shipped model's dimension and level names in one language. */
export function namesIn(lang: 'en' | 'ar'): { dimensions: DimensionName[]; levels: string[] } {
  const view = toViewModel(loadModel(), lang);
  return {
    dimensions: view.dimensions.map(({ id, name }) => ({ id, name })),
    levels: view.levels.map((l) => l.name),
  };
}

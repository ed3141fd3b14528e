import { readdirSync } from 'node:fs';

/** The names of the example files in `examples/`, for the start page (build time only). */
export function listExamples(): string[] {
  return readdirSync('examples')
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

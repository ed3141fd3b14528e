import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseModel, type ModelSource } from '../../domain/schemas/parse-model';
import type { Model } from '../../domain/schemas/model';
import { ProblemError } from '../../domain/schemas/problems';

/** The folder the model is read from; `CCM_DATA_DIR` points elsewhere (tests, custom models). */
export function modelDir(): string {
  return resolve(process.env['CCM_DATA_DIR'] ?? 'data');
}

/** Reads every `*.json` in the model folder, in name order, as model sources. */
export function readModelSources(dir = modelDir()): ModelSource[] {
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort();
  return names.map((name) => {
    const path = join(dir, name);
    const file = relative(process.cwd(), path) || name;
    const text = readFileSync(path, 'utf8');
    try {
      return { file, data: JSON.parse(text) as unknown };
    } catch (error) {
      throw new ProblemError([
        {
          file,
          path: '',
          code: 'not-json',
          message: `is not valid JSON (${(error as Error).message})`,
        },
      ]);
    }
  });
}

const cache = new Map<string, Model>();

/** Loads and validates the model once per folder; a broken model throws with file, path and problem. */
export function loadModel(dir = modelDir()): Model {
  const hit = cache.get(dir);
  if (hit) return hit;
  try {
    const model = parseModel(readModelSources(dir));
    cache.set(dir, model);
    return model;
  } catch (error) {
    if (error instanceof ProblemError) {
      const err = new ProblemError(error.problems);
      err.message = `The assessment model in ${relative(process.cwd(), dir) || dir} is invalid:\n${error.message}`;
      throw err;
    }
    throw error;
  }
}

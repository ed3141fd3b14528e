import * as v from 'valibot';
import { FlagCatalogueSchema, type FlagCatalogue } from '../schemas/flag';
import type { Model } from '../schemas/model';
import { ProblemError, problemsFromIssues } from '../schemas/problems';

const checked = new WeakMap<object, FlagCatalogue>();

/**
 * The model's flag catalogue (`data/flags.json`), checked once per model object. Throws a
 * ProblemError naming the path and the problem when it is missing or malformed.
 */
export function readFlagCatalogue(model: Pick<Model, 'flags'>): FlagCatalogue {
  const hit = checked.get(model.flags);
  if (hit) return hit;
  const result = v.safeParse(FlagCatalogueSchema, model.flags);
  if (!result.success) {
    throw new ProblemError(
      problemsFromIssues(result.issues).map((p) => ({
        ...p,
        path: p.path ? `flags.${p.path}` : 'flags',
      })),
    );
  }
  checked.set(model.flags, result.output);
  return result.output;
}

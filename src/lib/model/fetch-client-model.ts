import type { Model } from '../../domain/schemas/model';

/**
 * Fetches the model a page's views and `analyse()` run on, from the address the page was built
 * with (see client-model-url.ts); throws when it cannot be fetched or is not a model.
 */
export async function fetchClientModel(url: string): Promise<Model> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const model: unknown = await response.json();
  const looksLikeModel =
    typeof model === 'object' &&
    model !== null &&
    'version' in model &&
    'activities' in model &&
    Array.isArray(model.activities);
  if (!looksLikeModel) throw new Error(`${url} is not a model`);
  return model as Model;
}

/**
 * Each organisation's figures on the start page, from `analyse()` of its latest two periods. Loaded
 * after the list shows (with the model it fetches), so the start page's own script stays small.
 */
import { analyse } from '../domain/analyse';
import type { Model } from '../domain/schemas/model';
import {
  summariseOrganisation,
  type OrganisationGroup,
  type OrganisationSummary,
} from '../domain/quarters/organisations';
import { fetchClientModel } from './model/fetch-client-model';

let model: Promise<Model> | undefined;

/** The summary of every organisation, by its key, with the model fetched from `modelUrl`. */
export async function summariseOrganisations<T>(
  modelUrl: string,
  groups: readonly OrganisationGroup<T>[],
): Promise<Map<string, OrganisationSummary>> {
  model ??= fetchClientModel(modelUrl);
  const m = await model;
  return new Map(
    groups.flatMap(({ key, periods: [latest, before] }) => {
      if (!latest) return [];
      const earlier = before && {
        period: before.assessment.period,
        analysis: analyse(m, before.assessment),
      };
      return [[key, summariseOrganisation(analyse(m, latest.assessment), earlier)] as const];
    }),
  );
}

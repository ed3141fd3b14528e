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
import type { Lang } from '../i18n';

let model: Promise<Model> | undefined;

/** The summary of every organisation, by its key. */
export async function summariseOrganisations<T>(
  lang: Lang,
  groups: readonly OrganisationGroup<T>[],
): Promise<Map<string, OrganisationSummary>> {
  model ??= fetch(`/${lang}/client-model.json`).then((r) => r.json() as Promise<Model>);
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

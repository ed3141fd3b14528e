import type { ActivityStatus, Analysis } from '../../domain/analysis';
import type { Lang } from '../../i18n';
import { lettersOf } from '../charts/raci-matrix-layout';
import type { Translate } from '../i18n-client';
import { toCsv, type CsvCell } from './csv';

/** Names in the page language that the RACI table is written with. */
export interface RaciCsvNames {
  stages: readonly { id: string; name: string }[];
  activities: readonly { id: string; stage: string; name: string }[];
  /** The assessment's teams, in its order, as the page labels them. */
  teams: readonly { id: string; label: string }[];
}

/** What is known of an activity's answer, as the matrix shows it (out of scope wins). */
export function activityStatus(
  analysis: Pick<Analysis, 'activities' | 'stages'>,
  activity: { id: string; stage: string },
): ActivityStatus {
  if (analysis.stages[activity.stage]?.inScope === false) return 'out-of-scope';
  return analysis.activities[activity.id]?.status ?? 'unanswered';
}

/**
 * The RACI matrix as CSV: one row per activity (lifecycle order) with its id, stage, name and
 * answer status, then each team's letters as the analysis resolved them (the agreed answer, or
 * the workshop's), then the flags raised on it; headers and names in the page language.
 */
export function renderRaciCsv(
  analysis: Pick<Analysis, 'activities' | 'stages'>,
  names: RaciCsvNames,
  t: Translate,
  lang: Lang,
): string {
  const header: CsvCell[] = [
    t('csv.id'),
    t('csv.stage'),
    t('csv.activity'),
    t('csv.status'),
    ...names.teams.map((team) => team.label),
    t('csv.flags'),
  ];
  const stageName = new Map(names.stages.map((s) => [s.id, s.name]));
  const rows = names.activities.map((activity): CsvCell[] => {
    const result = analysis.activities[activity.id];
    return [
      activity.id,
      stageName.get(activity.stage) ?? activity.stage,
      activity.name,
      t(`csv.status.${activityStatus(analysis, activity)}`),
      ...names.teams.map((team) => lettersOf(result, team.id).join('')),
      (result?.flagDetails ?? []).map((flag) => flag.name[lang]).join('; '),
    ];
  });
  return toCsv([header, ...rows]);
}

import type { Analysis } from '../analysis';
import type { Assessment } from '../schemas/assessment';
import type { LocalisedText } from '../schemas/common';
import { organisationKey } from './next-quarter';

/** A stored assessment as the start page lists it. */
export interface Period<T> {
  id: string;
  assessment: Assessment;
  /** What the page keeps beside it (the stored record). */
  item: T;
}

/** One organisation's periods, newest first. */
export interface OrganisationGroup<T> {
  key: string;
  periods: Period<T>[];
}

/**
 * Groups assessments by organisation (see `organisationKey`), each group's periods newest first
 * (same period: the order given), groups in the order of their first assessment given.
 */
export function groupByOrganisation<T>(periods: readonly Period<T>[]): OrganisationGroup<T>[] {
  const groups = new Map<string, Period<T>[]>();
  for (const period of periods) {
    const key = organisationKey(period.assessment, period.id);
    groups.set(key, [...(groups.get(key) ?? []), period]);
  }
  return [...groups].map(([key, list]) => ({
    key,
    periods: list
      .map((period, order) => ({ period, order }))
      .sort(
        (a, b) =>
          b.period.assessment.period.localeCompare(a.period.assessment.period) || a.order - b.order,
      )
      .map(({ period }) => period),
  }));
}

/** Whether the overall maturity rose, fell or held from one period's analysis to the next. */
export type Trend = 'better' | 'worse' | 'same';

/** The overall trend from `earlier` to `later`; null when either has no overall score. */
export function overallTrend(earlier: Analysis, later: Analysis): Trend | null {
  const [before, after] = [earlier.overall.score, later.overall.score];
  if (before === null || after === null) return null;
  // Scores are compared as the page shows them, to one decimal: 2.04 and 2.01 hold.
  const delta = Math.round(after * 10) - Math.round(before * 10);
  return delta > 0 ? 'better' : delta < 0 ? 'worse' : 'same';
}

/** What the start page says of an organisation: its latest period's figures and trend. */
export interface OrganisationSummary {
  /** The overall maturity score, its level and the level's name. */
  score: number | null;
  level: number | null;
  levelName: LocalisedText | null;
  fragmentationIndex: number | null;
  /** The trend from the period before the latest; null without one or without scores. */
  trend: Trend | null;
  /** The period the trend compares with, when there is one. */
  previousPeriod: string | null;
}

/** Summarises an organisation from the analyses of its latest period and the one before it. */
export function summariseOrganisation(
  latest: Analysis,
  before?: { period: string; analysis: Analysis },
): OrganisationSummary {
  return {
    score: latest.overall.score,
    level: latest.overall.level,
    levelName: latest.overall.levelName,
    fragmentationIndex: latest.lifecycle.fragmentationIndex,
    trend: before ? overallTrend(before.analysis, latest) : null,
    previousPeriod: before?.period ?? null,
  };
}

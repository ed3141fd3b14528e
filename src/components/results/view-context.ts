/**
 * What every view of the results page shares: the language, `t`, number formats that follow the
 * reader's digit setting, and the names of stages, activities, teams and dimensions in the page
 * language. Built once per page (and again when the reader changes the digits).
 */
import type { PhaseId } from '../../domain/schemas/action';
import type { Assessment } from '../../domain/schemas/assessment';
import type { Model } from '../../domain/schemas/model';
import type { Lang } from '../../i18n';
import { formatNumber, formatPercent, type DisplaySettings } from '../../i18n/format';
import type { Translate } from '../../lib/i18n-client';

/** Numbers as the page writes them. */
export interface Formatters {
  /** A whole number. */
  count(n: number): string;
  /** A maturity score with one decimal (1.7). */
  score(n: number): string;
  /** An answer level: whole (3), or with one decimal when a workshop median falls between (2.5). */
  answer(n: number): string;
  /** An index between 0 and 1 with two decimals (0.84). */
  index(n: number): string;
  /** A share as a whole percentage (32%). */
  percent(share: number): string;
  /** Items joined as the language lists them ("a, b and c"). */
  list(items: readonly string[]): string;
  /** "before → after", the arrow pointing the reading way (also between Latin letters). */
  change(before: string, after: string): string;
}

/** Names in the page language, by id; an unknown id is shown as itself. */
export interface Names {
  stages: { id: string; name: string }[];
  activities: { id: string; stage: string; name: string }[];
  /** The assessment's teams, in its order, with their display labels. */
  teams: { id: string; label: string }[];
  dimensions: { id: string; name: string }[];
  /** The maturity questions, with the dimension each belongs to. */
  questions: { id: string; dimension: string; text: string }[];
  levels: string[];
  levelSummaries: string[];
  phases: Record<PhaseId, string>;
  stage(id: string): string;
  activity(id: string): string;
  team(id: string): string;
  dimension(id: string): string;
  /** A maturity question's text. */
  question(id: string): string;
  flag(id: string): string;
  action(id: string): string;
}

/** The shared context of the results views. */
export interface ViewContext {
  lang: Lang;
  t: Translate;
  fmt: Formatters;
  names: Names;
  controlFunction: string;
  /** The questionnaire's address for this assessment; `#step=…` after it opens a step. */
  editUrl: string;
}

/** Remembers what a formatter wrote for each value: building an Intl formatter per call is slow. */
function remember(write: (n: number) => string): (n: number) => string {
  const seen = new Map<number, string>();
  return (n) => {
    let text = seen.get(n);
    if (text === undefined) {
      text = write(n);
      seen.set(n, text);
    }
    return text;
  };
}

/** Number formats for a language and the reader's display settings. */
export function makeFormatters(lang: Lang, settings: DisplaySettings): Formatters {
  const fixed = (digits: number) =>
    remember((n) =>
      formatNumber(lang, n, settings, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
    );
  const lists = new Intl.ListFormat(lang, { type: 'conjunction' });
  const count = remember((n) => formatNumber(lang, n, settings));
  const score = fixed(1);
  return {
    count,
    score,
    answer: (n) => (Number.isInteger(n) ? count(n) : score(n)),
    index: fixed(2),
    percent: remember((share) => formatPercent(lang, share, settings)),
    list: (items) => lists.format(items),
    // Right-to-left marks keep "A ← C" in Arabic order even though R, A, C, I are Latin letters.
    change: (before, after) =>
      lang === 'ar' ? `${before}\u200f ← \u200f${after}` : `${before} → ${after}`,
  };
}

const byId = <T extends { id: string }>(items: readonly T[], pick: (item: T) => string) => {
  const map = new Map(items.map((item) => [item.id, pick(item)]));
  return (id: string): string => map.get(id) ?? id;
};

/**
 * Names for the page. A team that still carries its default name (in either language) is shown
 * in the page language; a renamed or added team keeps the name the assessment gave it.
 */
export function buildNames(model: Model, assessment: Assessment, lang: Lang, t: Translate): Names {
  const defaults = new Map(model.teams.map((team) => [team.id, team.name]));
  const label = (team: { id: string; name: string }): string => {
    const known = defaults.get(team.id);
    return known && (known.en === team.name || known.ar === team.name) ? known[lang] : team.name;
  };
  const teams = assessment.teams.map((team) => ({ id: team.id, label: label(team) }));
  const teamLabel = (id: string): string =>
    teams.find((team) => team.id === id)?.label ?? defaults.get(id)?.[lang] ?? id;
  const stages = model.stages.map((s) => ({ id: s.id, name: s.name[lang] }));
  const activities = model.activities.map((a) => ({
    id: a.id,
    stage: a.stage,
    name: a.name[lang],
  }));
  const dimensions = model.dimensions.map((d) => ({ id: d.id, name: d.name[lang] }));
  const questions = model.questions.map((q) => ({
    id: q.id,
    dimension: q.dimension,
    text: q.text[lang],
  }));
  const flags = model.flags as Record<string, { name?: { en: string; ar: string } } | undefined>;
  const actions = model.actions as { id: string; title?: { en: string; ar: string } }[];
  return {
    stages,
    activities,
    teams,
    dimensions,
    questions,
    levels: model.levels.map((l) => l.name[lang]),
    levelSummaries: model.levels.map((l) => l.summary[lang]),
    phases: {
      stabilise: t('roadmap.phase.stabilise'),
      standardise: t('roadmap.phase.standardise'),
      centralise: t('roadmap.phase.centralise'),
      optimise: t('roadmap.phase.optimise'),
    },
    stage: byId(stages, (s) => s.name),
    activity: byId(activities, (a) => a.name),
    team: teamLabel,
    dimension: byId(dimensions, (d) => d.name),
    question: byId(questions, (q) => q.text),
    flag: (id) => flags[id]?.name?.[lang] ?? id,
    action: byId(actions, (a) => a.title?.[lang] ?? a.id),
  };
}

/** An answer as the roadmap writes it: its level, or "not known" for "don't know" and unanswered. */
export function writeAnswer(ctx: ViewContext, answer: number | 'unknown' | null): string {
  return typeof answer === 'number' ? ctx.fmt.answer(answer) : ctx.t('roadmap.answerUnknown');
}

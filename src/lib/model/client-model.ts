/**
 * The model as the results page ships it: every id, weight, risk figure, flag and action
 * condition kept, so `analyse()` runs in the browser and gives what it gives on the server, but
 * texts in the page language only. A localised text keeps its shape (`{ en, ar }`) with the
 * page's words under both keys, so the domain code reads it unchanged. Dropped: question help and
 * answer-option texts (the results never show them). Team names keep both languages: the page
 * needs them to recognise an assessment team that still carries a default name.
 */
import type { Lang, LocalisedText } from '../../domain/schemas/common';
import type { Model } from '../../domain/schemas/model';

function isLocalisedText(value: unknown): value is LocalisedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as Record<string, unknown>)['en'] === 'string' &&
    typeof (value as Record<string, unknown>)['ar'] === 'string'
  );
}

/** Copies a JSON value with every `{ en, ar }` text reduced to one language under both keys. */
export function keepLanguage<T>(value: T, lang: Lang): T {
  if (isLocalisedText(value)) {
    const text = value[lang];
    return { en: text, ar: text } as T;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => keepLanguage(item, lang)) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = keepLanguage(item, lang);
    return out as T;
  }
  return value;
}

/** The slim model for a results page in one language (build time). */
export function toClientModel(model: Model, lang: Lang): Model {
  const { teams, questions, ...rest } = model;
  return {
    ...keepLanguage(rest, lang),
    teams: teams.map((t) => ({ id: t.id, name: { en: t.name.en, ar: t.name.ar } })),
    questions: questions.map((q) => ({
      id: q.id,
      dimension: q.dimension,
      text: keepLanguage(q.text, lang),
      options: [],
      ...(q.controlFunctionLevel === undefined
        ? {}
        : { controlFunctionLevel: q.controlFunctionLevel }),
    })),
  };
}

import type { Lang } from '../../domain/schemas/common';
import type { ConsistencyRule } from '../../domain/schemas/consistency';
import type { Model, Targets } from '../../domain/schemas/model';
import { keepLanguage } from './client-model';

/**
 * The parts of the model an island needs, in one language (keeps pages small); its ids let the
 * questionnaire check what it reads and saves against the model.
 */
export interface ViewModel {
  version: string;
  controlFunction: string;
  /** The team that sponsors the programme unless the assessment names another. */
  sponsor: string;
  /** Default target levels by sector and regulation (the profile step shows them). */
  targets: Targets;
  levels: { level: number; name: string; summary: string }[];
  stages: { id: string; name: string; description: string }[];
  activities: { id: string; stage: string; name: string }[];
  teams: { id: string; name: string; names: string[] }[];
  dimensions: { id: string; name: string; description: string }[];
  questions: { id: string; dimension: string; text: string; help: string; options: string[] }[];
  actions: { id: string }[];
  /** The consistency rules, their texts in the page language (the summary step checks the draft). */
  consistency: ConsistencyRule[];
}

/** Picks one language out of the model for the pages. */
export function toViewModel(model: Model, lang: Lang): ViewModel {
  return {
    version: model.version,
    controlFunction: model.controlFunction,
    sponsor: model.sponsor,
    targets: model.targets,
    levels: model.levels.map((l) => ({
      level: l.level,
      name: l.name[lang],
      summary: l.summary[lang],
    })),
    stages: model.stages.map((s) => ({
      id: s.id,
      name: s.name[lang],
      description: s.description?.[lang] ?? '',
    })),
    activities: model.activities.map((a) => ({ id: a.id, stage: a.stage, name: a.name[lang] })),
    teams: model.teams.map((t) => ({
      id: t.id,
      name: t.name[lang],
      names: [t.name.en, t.name.ar],
    })),
    dimensions: model.dimensions.map((d) => ({
      id: d.id,
      name: d.name[lang],
      description: d.description?.[lang] ?? '',
    })),
    questions: model.questions.map((q) => ({
      id: q.id,
      dimension: q.dimension,
      text: q.text[lang],
      help: q.help?.[lang] ?? '',
      options: q.options.map((o) => o.text[lang]),
    })),
    actions: model.actions.map(({ id }) => ({ id })),
    consistency: keepLanguage(model.consistency ?? [], lang),
  };
}

import type { Lang } from '../../i18n';
import type { Model } from '../../domain/schemas/model';
import type { ModelIds } from '../../domain/schemas/model-check';

/** The model's words a workshop page shows, in the page's language (built into the page). */
export interface WorkshopCatalogue {
  stages: { id: string; name: string }[];
  activities: { id: string; stage: string; name: string }[];
  dimensions: { id: string; name: string }[];
  /** Questions with their five answers' words when the page asks them, else none. */
  questions: { id: string; dimension: string; text: string; options: string[] }[];
}

/** What a workshop page gives its island: the language, its words, the model's ids and catalogue. */
export interface WorkshopPageProps {
  lang: Lang;
  strings: Record<string, string>;
  model: ModelIds;
  catalogue: WorkshopCatalogue;
}

/** The catalogue of a workshop page; `withOptions` for the page participants answer on. */
export function workshopCatalogue(
  model: Model,
  lang: Lang,
  withOptions: boolean,
): WorkshopCatalogue {
  return {
    stages: model.stages.map((s) => ({ id: s.id, name: s.name[lang] })),
    activities: model.activities.map((a) => ({ id: a.id, stage: a.stage, name: a.name[lang] })),
    dimensions: model.dimensions.map((d) => ({ id: d.id, name: d.name[lang] })),
    questions: model.questions.map((q) => ({
      id: q.id,
      dimension: q.dimension,
      text: q.text[lang],
      options: withOptions ? q.options.map((o) => o.text[lang]) : [],
    })),
  };
}

/** A name by id from a catalogue list; the id itself when the list does not have it. */
export function nameOf(list: readonly { id: string; name: string }[], id: string): string {
  return list.find((item) => item.id === id)?.name ?? id;
}

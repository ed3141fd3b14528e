import type { Inconsistency } from '../domain/analysis';
import type { Lang } from '../domain/schemas/common';

/** One answer an inconsistency names, with the questionnaire step where it is given. */
export interface AnswerLink {
  id: string;
  kind: 'question' | 'activity';
  /** The question's text or the activity's name, in the page language. */
  label: string;
  /** The questionnaire step: `dimension:<id>` for a question, `raci:<stage>` for an activity. */
  step: string;
}

/** An inconsistency as the summary step and the results show it. */
export interface InconsistencyView {
  rule: string;
  text: string;
  links: AnswerLink[];
}

/** The page-language names the links are written with. */
export interface LinkNames {
  questions: readonly { id: string; dimension: string; text: string }[];
  activities: readonly { id: string; stage: string; name: string }[];
}

/** Each inconsistency with its text in the page language and a link to every answer it names. */
export function linkInconsistencies(
  inconsistencies: readonly Inconsistency[],
  lang: Lang,
  names: LinkNames,
): InconsistencyView[] {
  const questions = new Map(names.questions.map((q) => [q.id, q]));
  const activities = new Map(names.activities.map((a) => [a.id, a]));
  return inconsistencies.map((i) => ({
    rule: i.rule,
    text: i.text[lang],
    links: [
      ...i.questions.map((id): AnswerLink => {
        const q = questions.get(id);
        return {
          id,
          kind: 'question',
          label: q?.text ?? id,
          step: `dimension:${q?.dimension ?? ''}`,
        };
      }),
      ...i.activities.map((id): AnswerLink => {
        const a = activities.get(id);
        return { id, kind: 'activity', label: a?.name ?? id, step: `raci:${a?.stage ?? ''}` };
      }),
    ],
  }));
}

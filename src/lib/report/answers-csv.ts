import type { AnswerDriver, Analysis } from '../../domain/analysis';
import type { Lang } from '../../domain/schemas/common';
import type { Model } from '../../domain/schemas/model';
import { lettersOf } from '../charts/raci-matrix-layout';
import type { Translate } from '../i18n-client';
import { toCsv, type CsvCell } from './csv';
import { activityStatus, type RaciCsvNames } from './raci-csv';

/** Names in the page language that the answers table is written with. */
export interface AnswersCsvNames extends RaciCsvNames {
  dimensions: readonly { id: string; name: string }[];
  questions: readonly { id: string; dimension: string; text: string }[];
}

/** The answers' words: question id → the texts of its levels 1 to 5, in the page language. */
export type AnswerTexts = Readonly<Record<string, readonly string[]>>;

/** The answers' words in one language (the model holds each question's options in level order). */
export function answerTexts(model: Pick<Model, 'questions'>, lang: Lang): AnswerTexts {
  return Object.fromEntries(model.questions.map((q) => [q.id, q.options.map((o) => o.text[lang])]));
}

/** The words of a numeric answer; none for a workshop median between two levels. */
export function answerWords(
  texts: AnswerTexts,
  question: string,
  answer: number | undefined,
): string | undefined {
  return answer === undefined ? undefined : texts[question]?.[answer - 1];
}

function driversByQuestion(analysis: Pick<Analysis, 'dimensions'>): Map<string, AnswerDriver> {
  return new Map(
    Object.values(analysis.dimensions).flatMap((d) => d.drivers.map((x) => [x.question, x])),
  );
}

/**
 * Every maturity answer with its note, then one row per RACI activity that has a note: id,
 * dimension (or stage), question (or activity), level, the answer in words, note. Answers are
 * those the analysis used (the agreed answer, else the workshop's median), so the table says
 * what the scores say; "don't know", unanswered and out of scope are written in words.
 */
export function renderAnswersCsv(
  analysis: Pick<Analysis, 'dimensions' | 'activities' | 'stages'>,
  notes: Readonly<Record<string, string>>,
  names: AnswersCsvNames,
  texts: AnswerTexts,
  t: Translate,
): string {
  const header: CsvCell[] = ['id', 'section', 'text', 'level', 'answer', 'note'].map((key) =>
    t(`csv.${key}`),
  );
  const drivers = driversByQuestion(analysis);
  const dimensionName = new Map(names.dimensions.map((d) => [d.id, d.name]));
  const questions = names.questions.map((q): CsvCell[] => {
    const answer = drivers.get(q.id)?.answer;
    const inScope = analysis.dimensions[q.dimension]?.inScope !== false;
    const words =
      typeof answer === 'number'
        ? (answerWords(texts, q.id, answer) ?? '')
        : t(`csv.status.${answer ?? (inScope ? 'unanswered' : 'out-of-scope')}`);
    return [
      q.id,
      dimensionName.get(q.dimension) ?? q.dimension,
      q.text,
      typeof answer === 'number' ? answer : null,
      words,
      notes[q.id] ?? '',
    ];
  });
  const stageName = new Map(names.stages.map((s) => [s.id, s.name]));
  const raciAnswer = (activity: { id: string; stage: string }): string => {
    const status = activityStatus(analysis, activity);
    if (status !== 'answered') return t(`csv.status.${status}`);
    const result = analysis.activities[activity.id];
    const held = names.teams
      .map((team) => ({ team, letters: lettersOf(result, team.id).join('') }))
      .filter((cell) => cell.letters !== '');
    if (held.length === 0) return t('csv.noOne');
    return held.map((cell) => `${cell.team.label}: ${cell.letters}`).join('; ');
  };
  const activities = names.activities
    .filter((a) => notes[a.id] !== undefined)
    .map((a): CsvCell[] => [
      a.id,
      stageName.get(a.stage) ?? a.stage,
      a.name,
      null,
      raciAnswer(a),
      notes[a.id] ?? '',
    ]);
  return toCsv([header, ...questions, ...activities]);
}

import type { Assessment } from './schemas/assessment';

/** Which dimension each question belongs to and which stage each activity belongs to. */
export interface ScopeIndex {
  questions: readonly (readonly [id: string, dimension: string])[];
  activities: readonly (readonly [id: string, stage: string])[];
}

/** How far an assessment has got: answers given ("don't know" included) out of those in scope. */
export interface Progress {
  answered: number;
  total: number;
  unansweredQuestions: string[];
  unansweredActivities: string[];
  unknownQuestions: string[];
  unknownActivities: string[];
}

/** Counts the questions and activities in scope that have an answer; levels reached play no part. */
export function measureProgress(assessment: Assessment, index: ScopeIndex): Progress {
  const outStages = new Set(assessment.outOfScope?.stages ?? []);
  const outDims = new Set(assessment.outOfScope?.dimensions ?? []);
  const questions = index.questions.filter(([, d]) => !outDims.has(d)).map(([id]) => id);
  const activities = index.activities.filter(([, s]) => !outStages.has(s)).map(([id]) => id);
  const unansweredQuestions = questions.filter((id) => assessment.maturity[id] === undefined);
  const unansweredActivities = activities.filter((id) => assessment.raci[id] === undefined);
  return {
    answered:
      questions.length -
      unansweredQuestions.length +
      activities.length -
      unansweredActivities.length,
    total: questions.length + activities.length,
    unansweredQuestions,
    unansweredActivities,
    unknownQuestions: questions.filter((id) => assessment.maturity[id] === 'unknown'),
    unknownActivities: activities.filter((id) => assessment.raci[id] === 'unknown'),
  };
}

import type { Analysis } from '../../analysis';

/** The order a facilitator takes the room through the consensus. */
export interface ConsensusWalk {
  /** The activities the room answered, lowest agreement first. */
  activities: string[];
  /** Then the maturity questions the room is divided on, in model order. */
  questions: string[];
}

/**
 * The consensus walk, read from the analysis: every activity the participants answered, lowest
 * agreement first (ties: perception gaps first, then model order), then the divided questions.
 * Empty without workshop responses.
 */
export function consensusWalk(
  model: { activities: readonly { id: string }[] },
  analysis: Pick<Analysis, 'activities' | 'workshop'>,
): ConsensusWalk {
  const workshop = analysis.workshop;
  if (!workshop) return { activities: [], questions: [] };
  const gap = (id: string): number =>
    analysis.activities[id]?.flags.includes('perception-gap') ? 0 : 1;
  const activities = model.activities
    .map(({ id }, index) => ({ id, index, agreement: workshop.activities[id]?.agreement }))
    .filter((a): a is { id: string; index: number; agreement: number } => a.agreement !== undefined)
    .sort((a, b) => a.agreement - b.agreement || gap(a.id) - gap(b.id) || a.index - b.index)
    .map((a) => a.id);
  return { activities, questions: [...workshop.dividedQuestions] };
}

import type { AnswerDriver, DimensionResult } from '../analysis';
import type { Action } from '../schemas/action';
import { statusOf, type ActionStatus, type Assessment } from '../schemas/assessment';
import type { Level } from '../schemas/common';
import type { FlagId } from '../schemas/flag';
import type { Model } from '../schemas/model';

/** One question an action lifts: today's answer (null when unanswered) and the level it reaches. */
export interface LiftEvidence {
  question: string;
  answer: number | 'unknown' | null;
  level: Level;
}

/**
 * What today's answers say of an action: `needed` (a question below its lift level in a dimension
 * below its target, or a flag it resolves), `in-place` (every lifted question answered at or above
 * its level and no flag it resolves), `not-needed` (a question below its level, but only in
 * dimensions at their target) or `not-applicable` (its conditions do not hold, or none of its
 * questions is in scope).
 */
export type ActionVerdict = 'needed' | 'in-place' | 'not-needed' | 'not-applicable';

/** An action of the library read against today's answers. */
export interface ActionNeed {
  action: Action;
  verdict: ActionVerdict;
  status: ActionStatus | undefined;
  /** Every in-scope question it lifts, with today's answer. */
  evidence: LiftEvidence[];
  /**
   * The lifted questions not yet at their level that make it needed: in dimensions below their
   * target for an improvement action, at or above it for a sustain action.
   */
  gaps: LiftEvidence[];
  /** The flags it resolves that are raised today. */
  flags: FlagId[];
}

/** What classifying the library reads. */
export interface NeedInput {
  model: Pick<Model, 'questions'>;
  assessment: Pick<Assessment, 'roadmap'>;
  answers: ReadonlyMap<string, AnswerDriver>;
  dimensions: Readonly<Record<string, Pick<DimensionResult, 'score' | 'inScope' | 'target'>>>;
  /** Flags raised today on in-scope activities. */
  flags: ReadonlySet<FlagId>;
  /** Whether an action's profile and RACI conditions hold. */
  applies: (action: Action) => boolean;
}

/** Whether an answer reaches a level: "don't know" and unanswered never do. */
export function reaches(answer: LiftEvidence['answer'], level: number): boolean {
  return typeof answer === 'number' && answer >= level;
}

/**
 * Reads every action against today's answers, question by question: an improvement action is
 * needed only for a question it would raise in a dimension below its target, a sustain action only
 * for one in a dimension at or above its target (it keeps and assures what is reached; below the
 * target, improvement actions do the work), either for a flag it resolves; it is in place when its
 * questions already show it.
 */
export function classifyActions(library: readonly Action[], input: NeedInput): ActionNeed[] {
  const dimensionOf = new Map(input.model.questions.map((q) => [q.id, q.dimension]));
  return library.map((action) => {
    const status = statusOf(input.assessment.roadmap[action.id]);
    const evidence: LiftEvidence[] = [];
    const belowTarget: LiftEvidence[] = [];
    const atTarget: LiftEvidence[] = [];
    const below: LiftEvidence[] = [];
    for (const [question, level] of Object.entries(action.lifts)) {
      const dimension = input.dimensions[dimensionOf.get(question) ?? ''];
      if (!dimension?.inScope) continue;
      const item = {
        question,
        answer: input.answers.get(question)?.answer ?? null,
        level: level as Level,
      };
      evidence.push(item);
      if (reaches(item.answer, level)) continue;
      below.push(item);
      if (dimension.score === null || dimension.score < dimension.target) belowTarget.push(item);
      else atTarget.push(item);
    }
    const flags = action.resolves.filter((f) => input.flags.has(f));
    const gaps = action.kind === 'sustain' ? atTarget : belowTarget;
    const verdict: ActionVerdict =
      !input.applies(action) || (evidence.length === 0 && flags.length === 0)
        ? 'not-applicable'
        : gaps.length > 0 || flags.length > 0
          ? 'needed'
          : below.length === 0
            ? 'in-place'
            : 'not-needed';
    return { action, verdict, status, evidence, gaps, flags };
  });
}

/** Why an action is on the roadmap. */
export type SelectionReason = 'needed' | 'status' | 'prerequisite';

/** An action chosen for the roadmap. */
export interface SelectedAction extends ActionNeed {
  selectedBy: SelectionReason;
  /** Chosen actions that list this one as a prerequisite, in library order. */
  requiredBy: string[];
  /** Prerequisites not chosen: in place already, or not applicable to this organisation. */
  prerequisitesInPlace: string[];
}

/**
 * Chooses the roadmap's actions, in library order: the needed ones, those the assessment tracks
 * (in progress or done) unless the answers show them in place, and the prerequisites those not yet
 * done wait on that are not in place (a foundation skipped because its own dimension is at target
 * is still laid when something needs it). A prerequisite that is in place or does not apply is not
 * chosen.
 */
export function selectActions(needs: readonly ActionNeed[]): SelectedAction[] {
  const byId = new Map(needs.map((n) => [n.action.id, n]));
  const reason = new Map<string, SelectionReason>();
  for (const n of needs) {
    if (n.verdict === 'needed') reason.set(n.action.id, 'needed');
    else if (n.verdict !== 'in-place' && (n.status === 'in-progress' || n.status === 'done'))
      reason.set(n.action.id, 'status');
  }
  const pull = (id: string): void => {
    for (const p of byId.get(id)?.action.prerequisites ?? []) {
      const pre = byId.get(p);
      if (!pre || reason.has(p) || pre.verdict !== 'not-needed') continue;
      reason.set(p, 'prerequisite');
      pull(p);
    }
  };
  // A done action waits on nothing: its foundations are pulled in only for work still to do.
  for (const n of needs) if (reason.has(n.action.id) && n.status !== 'done') pull(n.action.id);
  const chosen = needs.filter((n) => reason.has(n.action.id));
  const requiredBy = new Map<string, string[]>();
  for (const d of chosen) {
    for (const p of new Set(d.action.prerequisites)) {
      const list = requiredBy.get(p);
      if (list) list.push(d.action.id);
      else requiredBy.set(p, [d.action.id]);
    }
  }
  return chosen.map((n) => ({
    ...n,
    selectedBy: reason.get(n.action.id) ?? 'needed',
    requiredBy: requiredBy.get(n.action.id) ?? [],
    prerequisitesInPlace: n.action.prerequisites.filter((p) => !reason.has(p)),
  }));
}

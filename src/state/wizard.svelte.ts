/** A step of the questionnaire: profile, teams, one per dimension, one per stage, summary. */
export type StepId = 'profile' | 'teams' | `dimension:${string}` | `raci:${string}` | 'summary';

/** What the wizard needs to know to lay out its steps. */
export interface WizardInput {
  dimensions: readonly string[];
  stages: readonly string[];
  isOutOfScope: (kind: 'stages' | 'dimensions', id: string) => boolean;
}

/** Every step in order, out-of-scope ones left out. */
export function layoutSteps(input: WizardInput): StepId[] {
  return [
    'profile',
    'teams',
    ...input.dimensions
      .filter((d) => !input.isOutOfScope('dimensions', d))
      .map((d): StepId => `dimension:${d}`),
    ...input.stages.filter((s) => !input.isOutOfScope('stages', s)).map((s): StepId => `raci:${s}`),
    'summary',
  ];
}

/** Whether a string names a step. */
export function isStepId(value: string): value is StepId {
  return /^(profile|teams|summary|dimension:[a-z0-9-]+|raci:[a-z0-9-]+)$/.test(value);
}

/**
 * The questionnaire as a small state machine: the state is the current step; the events are
 * next, back and go-to. Steps are derived from the scope, so marking a stage out of scope
 * removes its step at once; a current step that disappears falls back to the nearest one.
 */
export class Wizard {
  #input: () => WizardInput = () => ({ dimensions: [], stages: [], isOutOfScope: () => false });
  #requested: StepId = $state('profile');

  steps: StepId[] = $derived(layoutSteps(this.#input()));
  current: StepId = $derived(
    this.steps.includes(this.#requested) ? this.#requested : this.#fallback(),
  );
  index: number = $derived(this.steps.indexOf(this.current));
  isFirst: boolean = $derived(this.index === 0);
  isLast: boolean = $derived(this.index === this.steps.length - 1);

  constructor(input: () => WizardInput, start?: string) {
    this.#input = input;
    if (start && isStepId(start)) this.#requested = start;
  }

  #fallback(): StepId {
    const requested = this.#requested;
    const all = layoutSteps({ ...this.#input(), isOutOfScope: () => false });
    const at = all.indexOf(requested);
    for (let i = at; i >= 0; i--) {
      const step = all[i];
      if (step && this.steps.includes(step)) return step;
    }
    return 'profile';
  }

  /** Moves to the next step (stays on the last). */
  next(): void {
    const step = this.steps[Math.min(this.index + 1, this.steps.length - 1)];
    if (step) this.#requested = step;
  }

  /** Moves to the previous step (stays on the first). */
  back(): void {
    const step = this.steps[Math.max(this.index - 1, 0)];
    if (step) this.#requested = step;
  }

  /** Jumps to a step; an unknown or out-of-scope step is ignored. */
  goto(step: string): void {
    if (isStepId(step) && this.steps.includes(step)) this.#requested = step;
  }
}

/**
 * The questionnaire's step views, each loaded when it is first needed rather than with the page:
 * the page loads the one it opens at before it shows, then the others right after.
 */
import type { StepId } from '../state/wizard.svelte';

const LOADERS = {
  profile: () => import('./ProfileStep.svelte'),
  teams: () => import('./TeamsStep.svelte'),
  dimension: () => import('./QuestionStep.svelte'),
  raci: () => import('./RaciStep.svelte'),
  summary: () => import('./SummaryStep.svelte'),
};

/** The kinds of step, each shown with one view. */
export type StepKind = keyof typeof LOADERS;

type Views = { [K in StepKind]: Awaited<ReturnType<(typeof LOADERS)[K]>>['default'] };

const loading = new Map<StepKind, Promise<unknown>>();

/** The view of a kind of step, loaded once and then shared. */
export function loadView<K extends StepKind>(kind: K): Promise<Views[K]> {
  let view = loading.get(kind);
  if (!view) {
    view = LOADERS[kind]().then((module) => module.default);
    loading.set(kind, view);
  }
  return view as Promise<Views[K]>;
}

/** The kind of view a step (or a step name read from an address) is shown with. */
export function stepKind(step: StepId | string): StepKind {
  if (step.startsWith('dimension:')) return 'dimension';
  if (step.startsWith('raci:')) return 'raci';
  return step === 'profile' || step === 'teams' ? step : 'summary';
}

/** Loads the view of a step; resolves once it can be shown at once. */
export function loadStep(step: StepId | string): Promise<unknown> {
  return loadView(stepKind(step));
}

function loadAllSteps(): Promise<unknown> {
  return Promise.all((Object.keys(LOADERS) as StepKind[]).map(loadView));
}

/** The step named in the page's address (`#step=…`), or '' when there is none. */
export function stepInAddress(): string {
  return new URLSearchParams(location.hash.slice(1)).get('step') ?? '';
}

/** Loads the other step views right after the page shows its first, so moving on is instant. */
export function loadOtherSteps(): void {
  setTimeout(() => void loadAllSteps());
}

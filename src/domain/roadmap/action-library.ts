import * as v from 'valibot';
import { ActionSchema, PHASES, type Action, type Condition } from '../schemas/action';
import type { Model } from '../schemas/model';
import { ProblemError, problemsFromIssues, type Problem } from '../schemas/problems';

/** The parts of the model the action library refers to. */
export type LibraryModel = Pick<
  Model,
  'actions' | 'teams' | 'dimensions' | 'stages' | 'questions' | 'activities'
>;

/** Every dimension and stage id a condition names, nested conditions included. */
function conditionRefs(c: Condition, out: { dimensions: string[]; stages: string[] }): typeof out {
  if ('all' in c) c.all.forEach((x) => conditionRefs(x, out));
  else if ('any' in c) c.any.forEach((x) => conditionRefs(x, out));
  else if ('not' in c) conditionRefs(c.not, out);
  else if ('dimension' in c) out.dimensions.push(c.dimension);
  else if ('flag' in c && c.stage !== undefined) out.stages.push(c.stage);
  return out;
}

/** The first prerequisite cycle found from each action, as a path of ids ending where it began. */
function findCycles(actions: readonly Action[]): string[][] {
  const byId = new Map(actions.map((a) => [a.id, a]));
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') {
      cycles.push([...path.slice(path.indexOf(id)), id]);
      return;
    }
    state.set(id, 'open');
    for (const p of byId.get(id)?.prerequisites ?? []) if (byId.has(p)) visit(p, [...path, id]);
    state.set(id, 'done');
  };
  actions.forEach((a) => visit(a.id, []));
  return cycles;
}

function checkReferences(
  actions: readonly Action[],
  model: LibraryModel,
  at: (i: number) => string,
): Problem[] {
  const problems: Problem[] = [];
  const report = (path: string, code: Problem['code'], message: string): void => {
    problems.push({ path, code, message });
  };
  const teams = new Set(model.teams.map((t) => t.id));
  const dimensions = new Set(model.dimensions.map((d) => d.id));
  const stages = new Set(model.stages.map((s) => s.id));
  const questions = new Set(model.questions.map((q) => q.id));
  const activities = new Set(model.activities.map((a) => a.id));
  const byId = new Map<string, Action>();
  actions.forEach((a, i) => {
    if (byId.has(a.id)) report(`${at(i)}.id`, 'duplicate', `"${a.id}" is used twice`);
    else byId.set(a.id, a);
  });
  actions.forEach((a, i) => {
    if (!teams.has(a.owner))
      report(`${at(i)}.owner`, 'unknown-ref', `"${a.owner}" is not a team id`);
    a.prerequisites.forEach((p, j) => {
      const pre = byId.get(p);
      if (!pre) report(`${at(i)}.prerequisites[${j}]`, 'unknown-ref', `"${p}" is not an action id`);
      else if (PHASES.indexOf(pre.phase) > PHASES.indexOf(a.phase)) {
        report(
          `${at(i)}.prerequisites[${j}]`,
          'value',
          `"${p}" is in a later phase (${pre.phase}) than this action (${a.phase})`,
        );
      }
    });
    for (const q of Object.keys(a.lifts)) {
      if (!questions.has(q))
        report(`${at(i)}.lifts["${q}"]`, 'unknown-ref', `"${q}" is not a question id`);
    }
    a.activities.forEach((id, j) => {
      if (!activities.has(id))
        report(`${at(i)}.activities[${j}]`, 'unknown-ref', `"${id}" is not an activity id`);
    });
    const refs = conditionRefs(a.when, { dimensions: [], stages: [] });
    for (const d of refs.dimensions)
      if (!dimensions.has(d))
        report(`${at(i)}.when`, 'unknown-ref', `names "${d}", which is not a dimension id`);
    for (const s of refs.stages)
      if (!stages.has(s))
        report(`${at(i)}.when`, 'unknown-ref', `names "${s}", which is not a stage id`);
  });
  const charters = actions.filter((a) => a.chartersControlFunction);
  if (charters.length > 1) {
    report(
      `${at(actions.indexOf(charters[1] as Action))}.chartersControlFunction`,
      'duplicate',
      `only one action can charter the control function (also "${charters[0]?.id ?? ''}")`,
    );
  }
  for (const cycle of findCycles([...byId.values()])) {
    const first = actions.findIndex((a) => a.id === cycle[0]);
    report(
      `${at(first)}.prerequisites`,
      'value',
      `prerequisites form a cycle: ${cycle.join(' → ')}`,
    );
  }
  return problems;
}

/**
 * Checks the action library against its schema and the rest of the model: unique ids, known
 * owners, prerequisites, lifted questions, activities, dimensions and stages, no prerequisite in
 * a later phase, no cycle, at most one action that charters the control function.
 */
export function checkActionLibrary(model: LibraryModel): Problem[] {
  const at = (i: number): string => `actions[${i}]`;
  const actions: Action[] = [];
  const problems: Problem[] = [];
  model.actions.forEach((raw, i) => {
    const result = v.safeParse(ActionSchema, raw);
    if (result.success) actions.push(result.output);
    else
      problems.push(
        ...problemsFromIssues(result.issues).map((p) => ({
          ...p,
          path: p.path ? `${at(i)}.${p.path}` : at(i),
        })),
      );
  });
  if (problems.length > 0) return problems;
  return checkReferences(actions, model, at);
}

const read = new WeakMap<object, Action[]>();

/** The model's action library, checked once per model; throws a ProblemError listing what is wrong. */
export function readActionLibrary(model: LibraryModel): Action[] {
  const hit = read.get(model.actions);
  if (hit) return hit;
  const problems = checkActionLibrary(model);
  if (problems.length > 0) throw new ProblemError(problems);
  const actions = model.actions.map((raw) => v.parse(ActionSchema, raw));
  read.set(model.actions, actions);
  return actions;
}

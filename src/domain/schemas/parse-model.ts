import * as v from 'valibot';
import {
  DEFAULT_CAPACITY,
  ModelFileSchema,
  REQUIRED_MODEL_KEYS,
  type Model,
  type ModelFile,
} from './model';
import { problemsFromIssues, ProblemError, type Problem } from './problems';
import { checkActionLibrary } from '../roadmap/action-library';
import { checkConsistencyRules } from './consistency';
import { REQUIRED_STAGES } from './assessment';

/** One JSON document read from `data/`, with the name it is reported under. */
export interface ModelSource {
  file: string;
  data: unknown;
}

/** Stages every model must keep: the product always asks about them. */
export { REQUIRED_STAGES } from './assessment';

/** The question whose low answers mean review happens after sending. */
export const REVIEW_TIMING_QUESTION = 'review.timing';

/**
 * Validates and merges the model files; throws a ProblemError naming the file, the path and
 * the problem for anything wrong, including references between files.
 */
export function parseModel(sources: readonly ModelSource[]): Model {
  const problems: Problem[] = [];
  const merged: Partial<Record<keyof ModelFile, unknown>> = {};
  const origin: Partial<Record<string, string>> = {};
  for (const { file, data } of sources) {
    const result = v.safeParse(ModelFileSchema, data);
    if (!result.success) {
      problems.push(...problemsFromIssues(result.issues, file));
      continue;
    }
    for (const [key, value] of Object.entries(result.output) as [keyof ModelFile, unknown][]) {
      if (key === '$schema' || value === undefined) continue;
      const first = origin[key];
      if (first !== undefined) {
        problems.push({
          file,
          path: key,
          code: 'duplicate',
          message: `is also defined in ${first}`,
        });
        continue;
      }
      origin[key] = file;
      merged[key] = value;
    }
  }
  if (problems.length > 0) throw new ProblemError(problems);
  const where = (key: string): string => origin[key] ?? sources[0]?.file ?? 'data';
  for (const key of REQUIRED_MODEL_KEYS) {
    if (merged[key] === undefined) {
      problems.push({
        file: where(key),
        path: key,
        code: 'missing',
        message: 'is missing from every model file',
      });
    }
  }
  if (problems.length > 0) throw new ProblemError(problems);
  const model: Model = {
    sectorWeights: {},
    actions: [],
    flags: {},
    capacity: DEFAULT_CAPACITY,
    ...(merged as Omit<Model, 'sectorWeights' | 'actions' | 'flags' | 'capacity'>),
  };
  problems.push(...checkReferences(model, where));
  problems.push(...checkActionLibrary(model).map((p) => ({ ...p, file: where('actions') })));
  problems.push(
    ...checkConsistencyRules(model.consistency ?? [], model).map((p) => ({
      ...p,
      file: where('consistency'),
    })),
  );
  if (problems.length > 0) throw new ProblemError(problems);
  return model;
}

function checkReferences(model: Model, where: (key: string) => string): Problem[] {
  const problems: Problem[] = [];
  const report = (key: string, path: string, message: string, code: Problem['code']): void => {
    problems.push({ file: where(key), path, code, message });
  };
  const unique = (key: keyof Model, ids: readonly string[]): Set<string> => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) report(key, `${key}[${i}].id`, `"${id}" is used twice`, 'duplicate');
      seen.add(id);
    });
    return seen;
  };
  const stages = unique(
    'stages',
    model.stages.map((s) => s.id),
  );
  const teams = unique(
    'teams',
    model.teams.map((t) => t.id),
  );
  const dimensions = unique(
    'dimensions',
    model.dimensions.map((d) => d.id),
  );
  unique(
    'activities',
    model.activities.map((a) => a.id),
  );
  unique(
    'questions',
    model.questions.map((q) => q.id),
  );

  for (const id of REQUIRED_STAGES) {
    if (!stages.has(id)) report('stages', 'stages', `must include the stage "${id}"`, 'required');
  }
  if (!teams.has(model.controlFunction)) {
    report(
      'controlFunction',
      'controlFunction',
      `"${model.controlFunction}" is not a team id`,
      'unknown-ref',
    );
  }
  if (!teams.has(model.sponsor)) {
    report('sponsor', 'sponsor', `"${model.sponsor}" is not a team id`, 'unknown-ref');
  }
  if (!teams.has(model.contactCentre)) {
    report(
      'contactCentre',
      'contactCentre',
      `"${model.contactCentre}" is not a team id`,
      'unknown-ref',
    );
  }
  const targetLists: [string, Record<string, number>][] = [
    ['targets.default', model.targets.default],
    ['targets.regulated', model.targets.regulated],
    ...Object.entries(model.targets.sectors).map(
      ([sector, levels]): [string, Record<string, number>] => [`targets.sectors.${sector}`, levels],
    ),
  ];
  for (const [path, levels] of targetLists) {
    for (const dim of Object.keys(levels)) {
      if (!dimensions.has(dim))
        report('targets', `${path}.${dim}`, `"${dim}" is not a dimension id`, 'unknown-ref');
    }
  }
  for (const d of model.dimensions) {
    if (model.targets.default[d.id] === undefined)
      report(
        'targets',
        `targets.default.${d.id}`,
        'is missing: every dimension needs a target',
        'missing',
      );
  }
  model.levels.forEach((l, i) => {
    if (l.level !== i + 1) report('levels', `levels[${i}].level`, `must be ${i + 1}`, 'value');
  });
  model.activities.forEach((a, i) => {
    if (!stages.has(a.stage))
      report(
        'activities',
        `activities[${i}].stage`,
        `"${a.stage}" is not a stage id`,
        'unknown-ref',
      );
    else if (!a.id.startsWith(`${a.stage}.`))
      report('activities', `activities[${i}].id`, `must start with "${a.stage}."`, 'value');
    if (a.doer !== undefined && !teams.has(a.doer))
      report('activities', `activities[${i}].doer`, `"${a.doer}" is not a team id`, 'unknown-ref');
  });
  for (const s of model.stages) {
    if (!model.activities.some((a) => a.stage === s.id)) {
      report('activities', 'activities', `stage "${s.id}" has no activity`, 'required');
    }
  }
  model.questions.forEach((q, i) => {
    if (!dimensions.has(q.dimension)) {
      report(
        'questions',
        `questions[${i}].dimension`,
        `"${q.dimension}" is not a dimension id`,
        'unknown-ref',
      );
    }
  });
  for (const d of model.dimensions) {
    if (!model.questions.some((q) => q.dimension === d.id)) {
      report('questions', 'questions', `dimension "${d.id}" has no question`, 'required');
    }
  }
  if (!model.activities.some((a) => a.preSend === true)) {
    report(
      'activities',
      'activities',
      'must mark at least one activity as a pre-send control ("preSend": true)',
      'required',
    );
  }
  if (!model.activities.some((a) => a.frontLine === true)) {
    report(
      'activities',
      'activities',
      'must mark at least one activity the front line must know about ("frontLine": true)',
      'required',
    );
  }
  if (!model.questions.some((q) => q.id === REVIEW_TIMING_QUESTION)) {
    report(
      'questions',
      'questions',
      `must include the question "${REVIEW_TIMING_QUESTION}"`,
      'required',
    );
  }
  Object.keys(model.sectorWeights).forEach((sector) => {
    for (const dim of Object.keys(
      model.sectorWeights[sector as keyof Model['sectorWeights']] ?? {},
    )) {
      if (!dimensions.has(dim)) {
        report(
          'sectorWeights',
          `sectorWeights.${sector}.${dim}`,
          `"${dim}" is not a dimension id`,
          'unknown-ref',
        );
      }
    }
  });
  if (model.risk) {
    for (const [stage, dims] of Object.entries(model.risk.stageDimensions)) {
      if (!stages.has(stage))
        report(
          'risk',
          `risk.stageDimensions.${stage}`,
          `"${stage}" is not a stage id`,
          'unknown-ref',
        );
      dims.forEach((d, i) => {
        if (!dimensions.has(d))
          report(
            'risk',
            `risk.stageDimensions.${stage}[${i}]`,
            `"${d}" is not a dimension id`,
            'unknown-ref',
          );
      });
    }
    for (const s of model.stages) {
      if (!model.risk.impact[s.id])
        report(
          'risk',
          `risk.impact.${s.id}`,
          'is missing: every stage needs a base impact',
          'missing',
        );
      if (!model.risk.stageDimensions[s.id])
        report(
          'risk',
          `risk.stageDimensions.${s.id}`,
          'is missing: every stage needs its dimensions',
          'missing',
        );
    }
  }
  return problems;
}

import { REQUIRED_STAGES } from './assessment';

/** A document as read from JSON, before the schema has checked it. */
type Doc = Record<string, unknown>;

/** How an assessment taken with one model version is brought to the next version. */
interface ModelVersionStep {
  /** The version the step leads to. */
  next: string;
  /** Rewrites the document's answers for the next version (the version itself is set apart). */
  migrate: (doc: Doc) => Doc;
}

/**
 * 2026.2 assesses data, triggers, content and review in every assessment: a 2026.1 assessment
 * that left some of them out of scope has them back in scope, assessed like every other stage.
 */
function bringRequiredStagesInScope(doc: Doc): Doc {
  const scope = doc['outOfScope'];
  if (typeof scope !== 'object' || scope === null || Array.isArray(scope)) return doc;
  const stages = (scope as Doc)['stages'];
  if (!Array.isArray(stages)) return doc;
  const required: readonly unknown[] = REQUIRED_STAGES;
  return {
    ...doc,
    outOfScope: { ...scope, stages: stages.filter((stage) => !required.includes(stage)) },
  };
}

/** The older model versions the product still opens, each with its step to the next version. */
export const OLDER_MODEL_VERSIONS: Readonly<Record<string, ModelVersionStep>> = {
  '2026.1': { next: '2026.2', migrate: bringRequiredStagesInScope },
};

/** Whether assessments taken with this model version are opened by migrating them. */
export function isOlderModelVersion(version: string): boolean {
  return Object.hasOwn(OLDER_MODEL_VERSIONS, version);
}

/**
 * Brings a document taken with an older model version up to the newest one, step by step; a
 * document with any other model version (current or unknown) comes back as it was.
 */
export function migrateModelVersion(doc: Doc): Doc {
  let current = doc;
  let version = current['modelVersion'];
  while (typeof version === 'string' && isOlderModelVersion(version)) {
    const step = OLDER_MODEL_VERSIONS[version] as ModelVersionStep;
    current = { ...step.migrate(current), modelVersion: step.next };
    version = step.next;
  }
  return current;
}

import { REQUIRED_STAGES } from './assessment-values';

/** A document as read from JSON, before the schema has checked it. */
type Doc = Record<string, unknown>;

/** How an assessment taken with one model version is brought to the next version. */
interface ModelVersionStep {
  /** The version the step leads to. */
  next: string;
  /** Rewrites the document's answers for the next version (the version itself is set apart). */
  migrate: (doc: Doc) => Doc;
  /** Questions the next version asks for the first time: they open unanswered. */
  added?: readonly string[];
  /** Questions the next version retires, each with the question that replaces it. */
  merged?: Readonly<Record<string, string>>;
}

/**
 * 2026.2 assesses data, triggers, content and review in every assessment: a 2026.1 assessment
 * that left some of them out of scope has them back in scope, assessed like every other stage.
 */
function bringRequiredStagesInScope(doc: Doc): Doc {
  const scope = doc['outOfScope'];
  if (!isRecord(scope)) return doc;
  const stages = scope['stages'];
  if (!Array.isArray(stages)) return doc;
  const required: readonly unknown[] = REQUIRED_STAGES;
  return {
    ...doc,
    outOfScope: { ...scope, stages: stages.filter((stage) => !required.includes(stage)) },
  };
}

/** The questions 2026.3 adds for the coverage gaps of issue #10. */
const ADDED_IN_2026_3 = [
  'data.personal',
  'triggers.automation',
  'content.inbound',
  'content.accessible',
  'review.criticality',
  'delivery.spoofing',
  'feedback.briefing',
  'centricity.codesign',
];

/**
 * Overlapping questions 2026.3 merges: the platforms question widens to every platform and
 * outside provider that sends for the organisation; sharing survey results and back-office
 * contact with customers become one question on how the customer's voice reaches those teams.
 */
const MERGED_IN_2026_3: Readonly<Record<string, string>> = {
  'delivery.tools': 'delivery.providers',
  'feedback.share': 'centricity.voice',
  'centricity.contact': 'centricity.voice',
};

/**
 * One answer for a question that replaces several: the lowest level given (a level of the merged
 * question needs every practice it joins), else "don't know" if that was the only answer.
 */
export function mergeAnswers(answers: readonly unknown[]): unknown {
  const given = answers.filter((a) => a !== undefined);
  // Something that is neither a level nor "don't know" is kept, for the schema to report.
  const odd = given.find((a) => a !== 'unknown' && !isLevel(a));
  if (odd !== undefined) return odd;
  const levels = given.filter(isLevel);
  return levels.length > 0 ? Math.min(...levels) : given[0];
}

function isLevel(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5;
}

/** Moves the answers of retired questions to the questions that replace them; a given answer stays. */
function mergeMaturity(maturity: unknown, merged: Readonly<Record<string, string>>): unknown {
  if (!isRecord(maturity)) return maturity;
  const out: Doc = { ...maturity };
  for (const target of new Set(Object.values(merged))) {
    const sources = Object.keys(merged).filter((id) => merged[id] === target);
    const answer = mergeAnswers(sources.map((id) => maturity[id]));
    for (const id of sources) delete out[id];
    if (out[target] === undefined && answer !== undefined) out[target] = answer;
  }
  return out;
}

/** Joins the notes of retired questions to the note of the question that replaces them. */
function mergeNotes(notes: unknown, merged: Readonly<Record<string, string>>): unknown {
  if (!isRecord(notes)) return notes;
  const out: Doc = { ...notes };
  for (const [retired, target] of Object.entries(merged)) {
    const note = out[retired];
    if (note === undefined) continue;
    delete out[retired];
    const kept = out[target];
    out[target] = typeof kept === 'string' && kept !== '' ? `${kept}\n\n${String(note)}` : note;
  }
  return out;
}

/** Brings the agreed answers, every participant's answers and the notes onto merged questions. */
function mergeRetiredQuestions(merged: Readonly<Record<string, string>>): (doc: Doc) => Doc {
  return (doc) => {
    const out: Doc = { ...doc };
    if ('maturity' in doc) out['maturity'] = mergeMaturity(doc['maturity'], merged);
    if ('notes' in doc) out['notes'] = mergeNotes(doc['notes'], merged);
    const responses = doc['responses'];
    if (Array.isArray(responses)) {
      out['responses'] = responses.map((r: unknown) =>
        isRecord(r) && 'maturity' in r
          ? { ...r, maturity: mergeMaturity(r['maturity'], merged) }
          : r,
      );
    }
    return out;
  };
}

/** The older model versions the product still opens, each with its step to the next version. */
export const OLDER_MODEL_VERSIONS: Readonly<Record<string, ModelVersionStep>> = {
  '2026.1': { next: '2026.2', migrate: bringRequiredStagesInScope },
  '2026.2': {
    next: '2026.3',
    migrate: mergeRetiredQuestions(MERGED_IN_2026_3),
    added: ADDED_IN_2026_3,
    merged: MERGED_IN_2026_3,
  },
};

/** Whether assessments taken with this model version are opened by migrating them. */
export function isOlderModelVersion(version: string): boolean {
  return Object.hasOwn(OLDER_MODEL_VERSIONS, version);
}

/**
 * Brings a document taken with an older model version up to the newest one, step by step, and
 * records the version it came from in `migratedFrom`; a document with any other model version
 * (current or unknown) comes back as it was.
 */
export function migrateModelVersion(doc: Doc): Doc {
  const from = doc['modelVersion'];
  let current = doc;
  let version = from;
  while (typeof version === 'string' && isOlderModelVersion(version)) {
    const step = OLDER_MODEL_VERSIONS[version] as ModelVersionStep;
    current = { ...step.migrate(current), modelVersion: step.next };
    version = step.next;
  }
  return current === doc ? doc : { ...current, migratedFrom: from };
}

/** The questions a model version asks that an assessment taken with an older one was never asked. */
export interface NewQuestions {
  /** Asked for the first time: they open unanswered. */
  added: string[];
  /** Replacing retired questions, whose answers and notes they carry. */
  replacing: string[];
}

/**
 * The questions new since the model version an assessment was migrated from (none when it was
 * not migrated, or from a version this tool does not know).
 */
export function questionsNewSince(from: string | undefined): NewQuestions {
  const added = new Set<string>();
  const replacing = new Set<string>();
  let version = from;
  while (version !== undefined && isOlderModelVersion(version)) {
    const step = OLDER_MODEL_VERSIONS[version] as ModelVersionStep;
    step.added?.forEach((id) => added.add(id));
    Object.values(step.merged ?? {}).forEach((id) => replacing.add(id));
    version = step.next;
  }
  return { added: [...added], replacing: [...replacing] };
}

function isRecord(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModel } from './load-model';
import { parseAssessmentText } from '../../domain/schemas/parse-assessment';
import { isOlderModelVersion, OLDER_MODEL_VERSIONS } from '../../domain/schemas/model-versions';
import { REVIEW_TIMING_QUESTION } from '../../domain/schemas/parse-model';
import type { LocalisedText } from '../../domain/schemas/common';

const STAGES = [
  'data',
  'triggers',
  'content',
  'review',
  'delivery',
  'traceability',
  'feedback',
  'incidents',
];
const ACTIVITIES = [
  'data.source',
  'data.quality',
  'data.consent',
  'triggers.define',
  'triggers.change',
  'triggers.monitor',
  'content.author',
  'content.library',
  'content.translate',
  'review.approve',
  'review.periodic',
  'review.regulatory',
  'delivery.platform',
  'delivery.orchestrate',
  'delivery.failures',
  'traceability.archive',
  'traceability.answer',
  'feedback.capture',
  'feedback.route',
  'feedback.respond',
  'incidents.correct',
  'incidents.crisis',
  'incidents.channel',
];
const TEAMS = [
  'marketing',
  'operations',
  'it',
  'compliance',
  'legal',
  'customer-service',
  'risk',
  'product',
  'data',
  'communications',
  'pmo',
  'executive',
  'ccm',
];
const DIMENSIONS = [
  'ownership',
  'data',
  'triggers',
  'content',
  'review',
  'delivery',
  'traceability',
  'feedback',
  'responsiveness',
  'centricity',
];
/** Latin acronyms an Arabic text may keep as they are. */
const ACRONYMS = /\b(?:RACI|SMS|IVR|API|IT|KPI|SLA|CRM|CCM|PMO)\b/g;
const EXAMPLES = new URL('../../../examples/', import.meta.url);

const model = loadModel();

/** Every bilingual text in the model, named by where it sits. */
function localisedTexts(): [string, LocalisedText][] {
  const texts: [string, LocalisedText][] = [];
  const add = (where: string, text: LocalisedText | undefined) => {
    if (text) texts.push([where, text]);
  };
  model.levels.forEach(
    (l) => (add(`level ${l.level}`, l.name), add(`level ${l.level} summary`, l.summary)),
  );
  model.teams.forEach((t) => add(t.id, t.name));
  for (const item of [...model.stages, ...model.activities, ...model.dimensions]) {
    add(item.id, item.name);
    add(`${item.id} description`, item.description);
  }
  for (const q of model.questions) {
    add(q.id, q.text);
    add(`${q.id} help`, q.help);
    q.options.forEach((o) => add(`${q.id} option ${o.level}`, o.text));
  }
  return texts;
}

describe('the shipped model', () => {
  it('has the eight lifecycle stages in order', () => {
    expect(model.stages.map((s) => s.id)).toEqual(STAGES);
  });

  it('has the 23 activities the file format names', () => {
    expect(model.activities.map((a) => a.id)).toEqual(ACTIVITIES);
  });

  it('has the thirteen default teams, with ccm as the control function and the executive committee as sponsor', () => {
    expect(model.teams.map((t) => t.id)).toEqual(TEAMS);
    expect(model.controlFunction).toBe('ccm');
    expect(model.sponsor).toBe('executive');
  });

  it('has ten dimensions', () => {
    expect(model.dimensions.map((d) => d.id)).toEqual(DIMENSIONS);
  });
});

describe('the questionnaire', () => {
  it('asks at least three questions in every dimension', () => {
    for (const d of model.dimensions) {
      expect(
        model.questions.filter((q) => q.dimension === d.id).length,
        d.id,
      ).toBeGreaterThanOrEqual(3);
    }
  });

  it('asks when communications are reviewed, after sending at level 2 and before release from level 3', () => {
    const timing = model.questions.find((q) => q.id === REVIEW_TIMING_QUESTION);
    expect(timing?.dimension).toBe('review');
    const [, second, ...upper] = timing?.options ?? [];
    expect(second?.text.en).toMatch(/after sending/i);
    for (const option of upper)
      expect(option.text.en, `level ${option.level}`).toMatch(/before release/i);
  });

  it('offers five options per question, levels 1 to 5, each written in both languages', () => {
    for (const q of model.questions) {
      expect(
        q.options.map((o) => o.level),
        q.id,
      ).toEqual([1, 2, 3, 4, 5]);
      for (const o of q.options) {
        expect(o.text.en.trim(), `${q.id} ${o.level}`).not.toBe('');
        expect(o.text.ar.trim(), `${q.id} ${o.level}`).not.toBe('');
      }
    }
  });

  it('never gives a question the id of an activity, so a note keyed by id is never ambiguous', () => {
    const activities = new Set(model.activities.map((a) => a.id));
    expect(model.questions.map((q) => q.id).filter((id) => activities.has(id))).toEqual([]);
  });
});

describe('the Arabic texts', () => {
  it('are written in Arabic letters, with no Latin except known acronyms', () => {
    const offenders = localisedTexts()
      .filter(
        ([, t]) => !/\p{Script=Arabic}/u.test(t.ar) || /[A-Za-z]/.test(t.ar.replace(ACRONYMS, '')),
      )
      .map(([where, t]) => `${where}: ${t.ar}`);
    expect(offenders).toEqual([]);
  });
});

describe('the example assessments', () => {
  const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.json'));
  const questions = new Set(model.questions.map((q) => q.id));
  const activities = new Set(model.activities.map((a) => a.id));
  const stages = new Set(model.stages.map((s) => s.id));
  const dimensions = new Set(model.dimensions.map((d) => d.id));

  it('include the four shipped examples', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'bank-fragmented.json',
        'government-agency.json',
        'telecom-controlled.json',
        'gulf-islamic-bank.json',
      ]),
    );
  });

  it.each(files)(
    '%s parses and refers only to known questions, activities, stages and dimensions',
    (name) => {
      const result = parseAssessmentText(readFileSync(new URL(name, EXAMPLES), 'utf8'), model);
      if (!result.ok)
        throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
      const a = result.value;
      expect(a.modelVersion).toBe(model.version);
      const unknown = (ids: Iterable<string>, known: Set<string>) =>
        [...ids].filter((id) => !known.has(id));
      for (const answers of [a, ...(a.responses ?? [])]) {
        expect(unknown(Object.keys(answers.maturity), questions)).toEqual([]);
        expect(unknown(Object.keys(answers.raci), activities)).toEqual([]);
      }
      expect(
        Object.keys(a.notes).filter((id) => !questions.has(id) && !activities.has(id)),
      ).toEqual([]);
      expect(unknown(a.outOfScope?.stages ?? [], stages)).toEqual([]);
      expect(unknown(a.outOfScope?.dimensions ?? [], dimensions)).toEqual([]);
    },
  );
});

describe('the history of model versions', () => {
  it('leads every older version to the shipped model version', () => {
    for (const older of Object.keys(OLDER_MODEL_VERSIONS)) {
      const seen = new Set<string>();
      let version = older;
      while (isOlderModelVersion(version) && !seen.has(version)) {
        seen.add(version);
        version = OLDER_MODEL_VERSIONS[version]?.next ?? '';
      }
      expect(version, older).toBe(model.version);
    }
  });

  it('opens the kept 2026.1 assessment with the shipped model', () => {
    const text = readFileSync('src/domain/schemas/fixtures/assessment-2026.1.json', 'utf8');
    const result = parseAssessmentText(text, model);
    if (!result.ok)
      throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(result.value.modelVersion).toBe(model.version);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModel } from './load-model';
import { parseAssessmentText } from '../../domain/schemas/parse-assessment';
import {
  isOlderModelVersion,
  OLDER_MODEL_VERSIONS,
  questionsNewSince,
} from '../../domain/schemas/model-versions';
import { analyse } from '../../domain/analyse';
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
/** The 23 activities the file format names: their ids are pinned. */
const PINNED_ACTIVITIES = [
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
/** Activities model 2026.3 adds for third parties, sender identity, the front line and automation. */
const ADDED_ACTIVITIES = [
  'triggers.automate',
  'content.align',
  'delivery.vendors',
  'delivery.identity',
];
/** A full run of the questionnaire must stay usable. */
const MAX_QUESTIONS = 44;
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
const FIXTURES = new URL('../../domain/schemas/fixtures/', import.meta.url);

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

  it('keeps the 23 activities the file format names, and the four 2026.3 adds, in lifecycle order', () => {
    const ids = model.activities.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining([...PINNED_ACTIVITIES, ...ADDED_ACTIVITIES]));
    expect(ids).toHaveLength(PINNED_ACTIVITIES.length + ADDED_ACTIVITIES.length);
    const stageOrder = ids.map((id) => STAGES.indexOf(id.split('.')[0] ?? ''));
    expect(stageOrder).toEqual([...stageOrder].sort((a, b) => a - b));
  });

  it('names a natural doer for every activity, and marks the approval of automated messages as a pre-send control', () => {
    const teams = new Set(model.teams.map((t) => t.id));
    for (const a of model.activities) expect(teams.has(a.doer ?? ''), a.id).toBe(true);
    const preSend = model.activities.filter((a) => a.preSend === true).map((a) => a.id);
    expect(preSend).toEqual(['triggers.automate', 'review.approve']);
  });

  it('draws every stage of the heatmap from dimensions the model has', () => {
    const dimensions = new Set(model.dimensions.map((d) => d.id));
    for (const stage of STAGES) {
      const behind = model.risk?.stageDimensions[stage] ?? [];
      expect(behind.length, stage).toBeGreaterThan(0);
      for (const d of behind) expect(dimensions.has(d), `${stage}: ${d}`).toBe(true);
    }
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
  it(`asks at most ${MAX_QUESTIONS} questions, so a full run stays usable`, () => {
    expect(model.questions.length).toBeLessThanOrEqual(MAX_QUESTIONS);
    expect(model.questions).toHaveLength(42);
  });

  it('asks at most five questions in any dimension', () => {
    for (const d of model.dimensions) {
      expect(model.questions.filter((q) => q.dimension === d.id).length, d.id).toBeLessThanOrEqual(
        5,
      );
    }
  });

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

  it('helps every question with the evidence to ask for', () => {
    for (const q of model.questions) {
      expect(q.help?.en, q.id).toMatch(/\b(ask|take|pick|compare|think of|call|a full answer)\b/i);
      expect(q.help?.ar.trim(), q.id).not.toBe('');
    }
  });

  it('names the control function at level 5 of every question 2026.3 adds', () => {
    const { added, replacing } = questionsNewSince('2026.2');
    for (const id of [...added, ...replacing]) {
      const q = model.questions.find((x) => x.id === id);
      expect(q?.controlFunctionLevel, id).toBe(5);
      expect(q?.options[4]?.text.en, id).toMatch(/control function/);
      expect(q?.options[4]?.text.ar, id).toMatch(/الوظيفة الرقابية/);
    }
  });

  it('has an action that lifts every question, so no answer is a dead end on the roadmap', () => {
    const lifted = new Set(model.actions.flatMap((a) => Object.keys(a['lifts'] as object)));
    expect(model.questions.map((q) => q.id).filter((id) => !lifted.has(id))).toEqual([]);
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

  it('keeps an assessment of every older version', () => {
    const kept = readdirSync(FIXTURES).filter((name) => name.startsWith('assessment-'));
    expect(kept.sort()).toEqual(
      Object.keys(OLDER_MODEL_VERSIONS).map((version) => `assessment-${version}.json`),
    );
  });

  it.each(Object.keys(OLDER_MODEL_VERSIONS))(
    'opens the kept %s assessment with the shipped model, migrated, and analyses it',
    (version) => {
      const text = readFileSync(new URL(`assessment-${version}.json`, FIXTURES), 'utf8');
      const result = parseAssessmentText(text, model);
      if (!result.ok)
        throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
      const a = result.value;
      expect(a.modelVersion).toBe(model.version);
      expect(a.migratedFrom).toBe(version);
      const fresh = questionsNewSince(version);
      for (const id of fresh.added) expect(a.maturity[id], id).toBeUndefined();
      const analysis = analyse(model, a);
      expect(analysis.modelVersion).toBe(model.version);
      expect(Object.keys(analysis.dimensions)).toEqual(model.dimensions.map((d) => d.id));
      expect(analysis.overall.score).not.toBeNull();
      expect(analysis.roadmap.phases.flatMap((p) => p.actions).length).toBeGreaterThan(0);
    },
  );

  it('names only questions of the shipped model as new, and no question it retired', () => {
    const questions = new Set(model.questions.map((q) => q.id));
    for (const version of Object.keys(OLDER_MODEL_VERSIONS)) {
      const { added, replacing } = questionsNewSince(version);
      expect([...added, ...replacing].filter((id) => !questions.has(id))).toEqual([]);
    }
    for (const retired of ['delivery.tools', 'feedback.share', 'centricity.contact'])
      expect(questions.has(retired)).toBe(false);
  });
});

/**
 * Small hand-made model and assessment for unit tests: four stages of two activities (each with
 * its stage's natural doer), six teams, three dimensions. Small enough to compute every figure
 * by hand. Tests only.
 */
import flags from '../../../data/flags.json';
import type { HeatmapCell } from '../risk/heatmap';
import type { RiskFactor } from '../risk/factors';
import type { Action } from '../schemas/action';
import type { Assessment, Organisation } from '../schemas/assessment';
import type { Model, Question } from '../schemas/model';

const text = (en: string): { en: string; ar: string } => ({ en, ar: `«${en}»` });

const question = (id: string, dimension: string, controlFunctionLevel?: number): Question => ({
  id,
  dimension,
  text: text(id),
  options: [1, 2, 3, 4, 5].map((level) => ({ level, text: text(`${id} ${level}`) })),
  ...(controlFunctionLevel === undefined ? {} : { controlFunctionLevel }),
});

/** The team that naturally does each stage's work in the test model. */
const NATURAL_DOERS: Record<string, string> = {
  data: 'it',
  triggers: 'it',
  content: 'marketing',
  review: 'compliance',
};

/** The test model; `overrides` replace whole keys. */
export function buildModel(overrides: Partial<Model> = {}): Model {
  return {
    version: 'test.1',
    controlFunction: 'ccm',
    sponsor: 'executive',
    contactCentre: 'customer-service',
    targets: { default: { ownership: 3, review: 3, data: 3 }, sectors: {}, regulated: {} },
    capacity: { stabilise: 12, standardise: 12, centralise: 24, optimise: 48 },
    levels: ['Fragmented', 'Reactive', 'Defined', 'Managed', 'Controlled'].map((name, i) => ({
      level: i + 1,
      name: text(name),
      summary: text(`${name} summary`),
    })),
    stages: ['data', 'triggers', 'content', 'review'].map((id) => ({ id, name: text(id) })),
    activities: [
      'data.source',
      'data.quality',
      'triggers.define',
      'triggers.change',
      'content.author',
      'content.library',
      'review.approve',
      'review.periodic',
    ].map((id) => ({
      id,
      stage: id.split('.')[0] ?? '',
      name: text(id),
      doer: NATURAL_DOERS[id.split('.')[0] ?? ''],
      ...(id === 'review.approve' ? { preSend: true } : {}),
      ...(id === 'content.author' || id === 'triggers.define' ? { frontLine: true } : {}),
    })),
    teams: ['marketing', 'it', 'compliance', 'customer-service', 'executive', 'ccm'].map((id) => ({
      id,
      name: text(id),
    })),
    dimensions: ['ownership', 'review', 'data'].map((id) => ({ id, name: text(id) })),
    questions: [
      question('ownership.named', 'ownership'),
      // Its level 5 names the control function at work.
      question('ownership.charter', 'ownership', 5),
      question('review.timing', 'review'),
      question('review.regulated', 'review'),
      question('data.quality', 'data'),
    ],
    sectorWeights: { banking: { review: 2 } },
    actions: [],
    flags: flags.flags,
    ...overrides,
  };
}

/** A test assessment with the model's four teams and no answers; `overrides` replace whole keys. */
export function buildAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    format: 'ccm-assessment',
    formatVersion: 1,
    modelVersion: 'test.1',
    organisation: {
      name: 'Test Bank',
      sector: 'banking',
      regulated: true,
      channels: ['sms'],
      volume: '100k-1m',
      languages: ['ar', 'en'],
    },
    period: '2026-Q4',
    status: 'draft',
    teams: ['marketing', 'it', 'compliance', 'ccm'].map((id) => ({ id, name: id })),
    maturity: {},
    raci: {},
    notes: {},
    targets: {},
    roadmap: {},
    ...overrides,
  };
}

/** Every test-model activity answered with the same RACI. */
export function answerEverywhere(answer: Record<string, string>): Assessment['raci'] {
  return Object.fromEntries(buildModel().activities.map((a) => [a.id, { ...answer }]));
}

/** An organisation with no trait that raises an impact: retail, unregulated, two channels, 10k-100k. */
export const PLAIN_ORGANISATION: Organisation = {
  name: 'Plain',
  sector: 'retail',
  regulated: false,
  channels: ['email', 'sms'],
  volume: '10k-100k',
  languages: ['en'],
};

/** The factor more than ten million messages a month adds to operational impact. */
export const VOLUME_FACTOR: RiskFactor = {
  kind: 'profile',
  part: 'impact',
  factor: 'volume',
  category: 'operational',
  detail: '>10m',
  points: 1,
};

/** The heatmap cell of an out-of-scope stage: no figures and no drivers. */
export const OUT_OF_SCOPE_CELL: HeatmapCell = {
  outOfScope: true,
  likelihood: null,
  impact: null,
  score: null,
  band: null,
  drivers: [],
  unanswered: null,
};

const actionText = { en: 'x', ar: 'س' };

/**
 * A stabilise-phase improvement action that always applies, lifts `ownership.named` to 3, resolves
 * nothing, takes one effort point, is usually owned by `ccm`, and needs `prerequisites`;
 * `overrides` replace whole fields (for example `lifts`, `resolves`, `phase` or `effort`).
 */
export const buildAction = (
  id: string,
  prerequisites: string[] = [],
  overrides: Partial<Omit<Action, 'id' | 'prerequisites'>> = {},
): Action => ({
  id,
  phase: 'stabilise',
  kind: 'improve',
  title: actionText,
  description: actionText,
  customerImpact: actionText,
  effort: 1,
  owner: 'ccm',
  prerequisites,
  lifts: { 'ownership.named': 3 },
  resolves: [],
  activities: [],
  chartersControlFunction: false,
  when: { always: true },
  ...overrides,
});

import type { Assessment } from './schemas/assessment';
import { FORMAT_VERSION } from './schemas/assessment-values';
import type { Lang } from './schemas/common';
import type { Model } from './schemas/model';

/** The quarter a date falls in, as `2026-Q4`. */
export function periodOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** A blank assessment with every default team selected, named in the user's language. */
export function createAssessment(
  model: Pick<Model, 'version' | 'teams'>,
  lang: Lang,
  today: Date,
): Assessment {
  return {
    format: 'ccm-assessment',
    formatVersion: FORMAT_VERSION,
    modelVersion: model.version,
    organisation: {
      name: '',
      sector: 'other',
      regulated: false,
      channels: [],
      volume: '<10k',
      languages: [lang],
    },
    period: periodOf(today),
    status: 'draft',
    teams: model.teams.map((t) => ({ id: t.id, name: t.name[lang] })),
    outOfScope: { stages: [], dimensions: [] },
    targets: {},
    maturity: {},
    raci: {},
    notes: {},
    roadmap: {},
  };
}

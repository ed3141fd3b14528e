import type { LocalisedText } from '../schemas/common';
import type { FlagId } from '../schemas/flag';
import type { RiskCategory } from '../schemas/model';

/** A mapped dimension's score behind a stage's maturity. */
export interface DimensionScore {
  dimension: string;
  score: number;
}

/** Organisation traits that raise an impact: regulated, top volume band, public sector, many channels. */
export type ProfileFactor = 'regulated' | 'volume' | 'government' | 'channels';

/** One reason a likelihood or impact has the value it has; `points` is what it adds. */
export type RiskFactor =
  | {
      kind: 'maturity';
      part: 'likelihood';
      /** Mean of the in-scope mapped dimensions that have a score. */
      maturity: number;
      dimensions: DimensionScore[];
      /** In-scope mapped dimensions without a score, left out of the mean. */
      unknownDimensions: string[];
      points: number;
    }
  | {
      kind: 'unknown-maturity';
      part: 'likelihood';
      stage: string;
      /** In-scope mapped dimensions, none of which has a score (empty when none is in scope). */
      dimensions: string[];
      /** Always 0: without a maturity the likelihood is unknown, not rated. */
      points: number;
    }
  | {
      kind: 'flag';
      part: 'likelihood';
      flag: FlagId;
      /** The stage's in-scope activities that carry the flag, in model order. */
      activities: string[];
      /** How many of the stage's activities are in scope: the share's denominator. */
      inScope: number;
      /** What the flag adds when it is on every in-scope activity (from the model). */
      weight: number;
      /** weight × activities ÷ inScope. */
      points: number;
    }
  | { kind: 'base-impact'; part: 'impact'; stage: string; category: RiskCategory; points: number }
  | {
      kind: 'profile';
      part: 'impact';
      factor: ProfileFactor;
      category: RiskCategory;
      /** The volume band or the number of channels, for the factors that have one. */
      detail?: string | number;
      points: number;
    }
  | { kind: 'cap'; part: 'likelihood' | 'impact'; uncapped: number; points: number };

/** A factor with its explanation in both languages: what a heatmap cell lists as its drivers. */
export type RiskDriver = RiskFactor & { text: LocalisedText };

/**
 * The factor as a driver of its own: a copy of its fields, in the order the factor has them, with
 * a copy of its text. Written out per kind rather than spread, which is several times slower on a
 * mix of kinds; a field added to a factor must be added here too (the heatmap tests compare every
 * driver with a spread copy).
 */
export function toDriver(f: RiskFactor, text: LocalisedText): RiskDriver {
  const copy = { en: text.en, ar: text.ar };
  switch (f.kind) {
    case 'maturity':
      return {
        kind: f.kind,
        part: f.part,
        maturity: f.maturity,
        dimensions: f.dimensions,
        unknownDimensions: f.unknownDimensions,
        points: f.points,
        text: copy,
      };
    case 'unknown-maturity':
      return {
        kind: f.kind,
        part: f.part,
        stage: f.stage,
        dimensions: f.dimensions,
        points: f.points,
        text: copy,
      };
    case 'flag':
      return {
        kind: f.kind,
        part: f.part,
        flag: f.flag,
        activities: f.activities,
        inScope: f.inScope,
        weight: f.weight,
        points: f.points,
        text: copy,
      };
    case 'base-impact':
      return {
        kind: f.kind,
        part: f.part,
        stage: f.stage,
        category: f.category,
        points: f.points,
        text: copy,
      };
    case 'profile':
      return f.detail === undefined
        ? {
            kind: f.kind,
            part: f.part,
            factor: f.factor,
            category: f.category,
            points: f.points,
            text: copy,
          }
        : {
            kind: f.kind,
            part: f.part,
            factor: f.factor,
            category: f.category,
            detail: f.detail,
            points: f.points,
            text: copy,
          };
    case 'cap':
      return { kind: f.kind, part: f.part, uncapped: f.uncapped, points: f.points, text: copy };
  }
}

/** Ratings run from 1 to 5. */
export const MAX_RATING = 5;

/** Caps a rating at 5, adding a `cap` factor that says by how much when it had to. */
export function capRating(
  part: 'likelihood' | 'impact',
  uncapped: number,
  factors: RiskFactor[],
): { value: number; factors: RiskFactor[] } {
  if (uncapped <= MAX_RATING) return { value: uncapped, factors };
  return {
    value: MAX_RATING,
    factors: [...factors, { kind: 'cap', part, uncapped, points: MAX_RATING - uncapped }],
  };
}

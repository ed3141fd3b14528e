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
      assumedLevel: number;
      points: number;
    }
  | { kind: 'flag'; part: 'likelihood'; flag: FlagId; activities: string[]; points: number }
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

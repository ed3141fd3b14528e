import type { Organisation, Volume } from '../schemas/assessment';
import type { RiskCategory } from '../schemas/model';
import { capRating, type ProfileFactor, type RiskFactor } from './factors';

/** The volume bands that raise operational impact. */
export const TOP_VOLUMES: readonly Volume[] = ['1m-10m', '>10m'];

/** The number of channels from which customer-experience impact rises. */
export const MANY_CHANNELS = 5;

interface ProfileRule {
  factor: ProfileFactor;
  category: RiskCategory;
  /** Whether the rule applies, and the detail to show when it does. */
  test: (o: Organisation) => { applies: boolean; detail?: string | number };
}

const PROFILE_RULES: readonly ProfileRule[] = [
  { factor: 'regulated', category: 'regulatory', test: (o) => ({ applies: o.regulated }) },
  {
    factor: 'volume',
    category: 'operational',
    test: (o) => ({ applies: TOP_VOLUMES.includes(o.volume), detail: o.volume }),
  },
  {
    factor: 'government',
    category: 'reputational',
    test: (o) => ({ applies: o.sector === 'government' }),
  },
  {
    factor: 'channels',
    category: 'customer',
    test: (o) => {
      const count = new Set(o.channels).size;
      return { applies: count >= MANY_CHANNELS, detail: count };
    },
  },
];

/** A profile factor: an organisation trait that raises one category's impact by one. */
export type ProfileRiskFactor = Extract<RiskFactor, { kind: 'profile' }>;

/**
 * The organisation's traits that raise an impact, in rule order: all that impact ratings take
 * from the organisation, so two organisations with the same profile get the same ratings.
 */
export function readProfile(organisation: Organisation): ProfileRiskFactor[] {
  const profile: ProfileRiskFactor[] = [];
  for (const rule of PROFILE_RULES) {
    const { applies, detail } = rule.test(organisation);
    if (!applies) continue;
    profile.push({
      kind: 'profile',
      part: 'impact',
      factor: rule.factor,
      category: rule.category,
      ...(detail === undefined ? {} : { detail }),
      points: 1,
    });
  }
  return profile;
}

/** Rates the impact of one risk category in one stage from the base and a profile read already. */
export function rateProfiledImpact(
  stage: string,
  category: RiskCategory,
  base: number,
  profile: readonly ProfileRiskFactor[],
): { impact: number; factors: RiskFactor[] } {
  const factors: RiskFactor[] = [
    { kind: 'base-impact', part: 'impact', stage, category, points: base },
  ];
  for (const factor of profile) if (factor.category === category) factors.push({ ...factor });
  const capped = capRating(
    'impact',
    factors.reduce((s, f) => s + f.points, 0),
    factors,
  );
  return { impact: capped.value, factors: capped.factors };
}

/**
 * Rates the impact of one risk category in one stage: the base from the model, plus one when the
 * organisation is regulated (regulatory), in a top volume band (operational), in the public sector
 * (reputational) or uses five or more channels (customer experience), capped at 5.
 */
export function rateImpact(
  stage: string,
  category: RiskCategory,
  base: number,
  organisation: Organisation,
): { impact: number; factors: RiskFactor[] } {
  return rateProfiledImpact(stage, category, base, readProfile(organisation));
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, VOLUMES, type Organisation } from '../schemas/assessment';
import { RISK_CATEGORIES } from '../schemas/model';
import { arbitraryOrganisation } from '../testing/arbitraries';
import { PLAIN_ORGANISATION as plain } from '../testing/fixtures';
import { describeRiskFactor, riskNamesOf } from './describe-factor';
import { rateImpact, readProfile } from './impact';
import { indexRiskModel, MAX_PROFILES } from './risk-index';
import { buildRiskModel, TEST_RISK } from './test-model';

/** Any profile, under any name, with channels repeated. */
const organisationArb = arbitraryOrganisation({
  name: fc.string(),
  channels: fc.array(fc.constantFrom(...CHANNELS), { maxLength: 10 }),
});

/** What the index should hold for a stage: each category's rating, its factors spread with their texts. */
function expected(
  model: ReturnType<typeof buildRiskModel>,
  stage: string,
  organisation: Organisation,
) {
  const names = riskNamesOf(model);
  return Object.fromEntries(
    RISK_CATEGORIES.map((category) => {
      const base = model.risk?.impact[stage]?.[category] ?? 1;
      const { impact, factors } = rateImpact(stage, category, base, organisation);
      const drivers = factors.map((f) => ({ ...f, text: describeRiskFactor(f, names) }));
      return [category, { impact, drivers }];
    }),
  );
}

describe('indexRiskModel', () => {
  it('lists each stage’s activities in model order, and none for a stage without any', () => {
    const index = indexRiskModel(buildRiskModel());
    expect(index.activitiesOf('review')).toEqual(['review.approve', 'review.periodic']);
    expect(index.activitiesOf('delivery')).toEqual([]);
  });

  it('gives every stage the impacts and texts rating it afresh gives, for any organisation', () => {
    const model = buildRiskModel();
    fc.assert(
      fc.property(organisationArb, (organisation) => {
        const table = indexRiskModel(model).impactsFor(organisation);
        for (const stage of model.stages) {
          expect(table.get(stage.id)).toEqual(expected(model, stage.id, organisation));
        }
      }),
    );
  });

  it('reuses the ratings of an organisation with the same profile, and only of that one', () => {
    const index = indexRiskModel(buildRiskModel());
    const first = index.impactsFor(plain);
    expect(index.impactsFor({ ...plain, name: 'Other', languages: ['ar'] })).toBe(first);
    expect(index.impactsFor({ ...plain, channels: ['sms', 'email', 'sms'] })).toBe(first);
    expect(index.impactsFor({ ...plain, regulated: true })).not.toBe(first);
  });

  it('never returns stale ratings when the organisation is edited in place', () => {
    const model = buildRiskModel();
    const organisation = { ...plain, channels: [...plain.channels] };
    const before = indexRiskModel(model).impactsFor(organisation);
    organisation.regulated = true;
    organisation.channels.push('letter', 'app', 'web');
    const after = indexRiskModel(model).impactsFor(organisation);
    expect(after).not.toBe(before);
    expect(after.get('review')).toEqual(expected(model, 'review', organisation));
  });

  it('keeps a bounded number of profiles and still rates every one correctly', () => {
    const model = buildRiskModel();
    const index = indexRiskModel(model);
    const organisations = VOLUMES.flatMap((volume) =>
      [true, false].flatMap((regulated) =>
        [1, 5, 6].map((n) => ({ ...plain, volume, regulated, channels: CHANNELS.slice(0, n) })),
      ),
    );
    expect(new Set(organisations.map((o) => JSON.stringify(readProfile(o)))).size).toBeGreaterThan(
      MAX_PROFILES,
    );
    for (const organisation of [...organisations, ...organisations]) {
      expect(index.impactsFor(organisation).get('data')).toEqual(
        expected(model, 'data', organisation),
      );
    }
  });

  it('is rebuilt when a part of the model is replaced, and kept per model object', () => {
    const model = buildRiskModel();
    const index = indexRiskModel(model);
    expect(indexRiskModel(model)).toBe(index);
    expect(indexRiskModel({ ...model })).not.toBe(index);
    model.risk = {
      ...TEST_RISK,
      impact: {
        ...TEST_RISK.impact,
        data: { operational: 1, regulatory: 1, reputational: 1, customer: 1 },
      },
    };
    const rebuilt = indexRiskModel(model);
    expect(rebuilt).not.toBe(index);
    expect(rebuilt.impactsFor(plain).get('data')?.operational.impact).toBe(1);
    model.stages = [...model.stages.slice(1), { id: 'data', name: { en: 'Data!', ar: 'بيانات' } }];
    expect(
      indexRiskModel(model).impactsFor(plain).get('data')?.operational.drivers[0]?.text.en,
    ).toBe('Base impact of Data! on operational risk: 1');
  });
});

import { describe, expect, it } from 'vitest';
import { buildModel } from '../testing/fixtures';
import { describeRiskFactor, riskNamesOf } from './describe-factor';

const model = buildModel({
  dimensions: [
    {
      id: 'review',
      name: { en: 'Review & compliance control', ar: 'المراجعة والرقابة على الامتثال' },
    },
    { id: 'ownership', name: { en: 'Ownership & accountability', ar: 'الملكية والمساءلة' } },
  ],
  stages: [{ id: 'review', name: { en: 'Review', ar: 'المراجعة والاعتماد' } }],
});
const names = riskNamesOf(model);

describe('describeRiskFactor', () => {
  it('explains a maturity with its dimension scores and the likelihood it gives', () => {
    const text = describeRiskFactor(
      {
        kind: 'maturity',
        part: 'likelihood',
        maturity: 2.25,
        dimensions: [
          { dimension: 'review', score: 2 },
          { dimension: 'ownership', score: 2.5 },
        ],
        unknownDimensions: [],
        points: 4,
      },
      names,
    );
    expect(text.en).toBe(
      'Stage maturity 2.3 (Review & compliance control 2; Ownership & accountability 2.5) gives likelihood 4',
    );
    expect(text.ar).toBe(
      'نضج المرحلة 2.3 (المراجعة والرقابة على الامتثال 2؛ الملكية والمساءلة 2.5)، فالاحتمالية 4',
    );
  });

  it('says an unknown maturity was counted as level 2', () => {
    const text = describeRiskFactor(
      {
        kind: 'unknown-maturity',
        part: 'likelihood',
        stage: 'review',
        dimensions: ['review'],
        assumedLevel: 2,
        points: 4,
      },
      names,
    );
    expect(text.en).toBe(
      'Maturity unknown (no answers for Review & compliance control): counted as level 2, so likelihood 4',
    );
    expect(text.ar).toContain('احتُسب عند المستوى 2');
  });

  it('names the flag from the catalogue and the activities that carry it', () => {
    const text = describeRiskFactor(
      {
        kind: 'flag',
        part: 'likelihood',
        flag: 'orphaned',
        activities: ['review.approve'],
        points: 1,
      },
      names,
    );
    expect(text.en).toBe('Orphaned: review.approve (+1 likelihood)');
    expect(text.ar).toBe('بلا مالك: «review.approve» (ترتفع الاحتمالية درجة واحدة)');
  });

  it('explains the base impact and each profile factor', () => {
    expect(
      describeRiskFactor(
        { kind: 'base-impact', part: 'impact', stage: 'review', category: 'regulatory', points: 4 },
        names,
      ).en,
    ).toBe('Base impact of Review on regulatory risk: 4');
    expect(
      describeRiskFactor(
        { kind: 'profile', part: 'impact', factor: 'regulated', category: 'regulatory', points: 1 },
        names,
      ),
    ).toEqual({
      en: 'Regulated organisation: +1 impact on regulatory risk',
      ar: 'مؤسسة خاضعة للتنظيم: يرتفع الأثر على المخاطر التنظيمية درجة واحدة',
    });
    expect(
      describeRiskFactor(
        {
          kind: 'profile',
          part: 'impact',
          factor: 'channels',
          category: 'customer',
          detail: 6,
          points: 1,
        },
        names,
      ).en,
    ).toBe('6 channels in use: +1 impact on customer-experience risk');
  });

  it('says what a cap took off', () => {
    expect(
      describeRiskFactor({ kind: 'cap', part: 'impact', uncapped: 6, points: -1 }, names).en,
    ).toBe('Capped at 5 (would be 6)');
  });
});

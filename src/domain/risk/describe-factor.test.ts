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
  it('explains a maturity with its dimension scores and the base likelihood it gives', () => {
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
        points: 3.0625,
      },
      names,
    );
    expect(text.en).toBe(
      'Stage maturity 2.3 (Review & compliance control 2; Ownership & accountability 2.5) gives a base likelihood of 3.06',
    );
    expect(text.ar).toBe(
      'نضج المرحلة 2.3 (المراجعة والرقابة على الامتثال 2؛ الملكية والمساءلة 2.5)، فالاحتمالية الأساسية 3.06',
    );
  });

  it('says an unknown maturity leaves the likelihood unrated, and why', () => {
    const text = describeRiskFactor(
      {
        kind: 'unknown-maturity',
        part: 'likelihood',
        stage: 'review',
        dimensions: ['review'],
        points: 0,
      },
      names,
    );
    expect(text.en).toBe(
      'Maturity unknown (no answers for Review & compliance control): the likelihood cannot be rated, so the cell has no score',
    );
    expect(text.ar).toContain('فلا يمكن تقدير الاحتمالية');
    const none = describeRiskFactor(
      { kind: 'unknown-maturity', part: 'likelihood', stage: 'review', dimensions: [], points: 0 },
      names,
    );
    expect(none.en).toContain('none of its dimensions is in scope');
  });

  it('names the flag, the share of the stage’s activities it is on, what it adds and the activities', () => {
    const text = describeRiskFactor(
      {
        kind: 'flag',
        part: 'likelihood',
        flag: 'orphaned',
        activities: ['review.approve', 'review.periodic'],
        inScope: 3,
        weight: 1,
        points: 2 / 3,
      },
      names,
    );
    expect(text.en).toBe(
      'Orphaned on 2 of 3 activities: +0.67 likelihood (review.approve; review.periodic)',
    );
    expect(text.ar).toBe(
      'بلا مالك في 2 من 3 من أنشطة المرحلة: تزيد الاحتمالية بمقدار 0.67 («review.approve»؛ «review.periodic»)',
    );
  });

  it('says "1 of 1 activity" in the singular', () => {
    const text = describeRiskFactor(
      {
        kind: 'flag',
        part: 'likelihood',
        flag: 'contested',
        activities: ['review.approve'],
        inScope: 1,
        weight: 0.75,
        points: 0.75,
      },
      names,
    );
    expect(text.en).toBe('Contested on 1 of 1 activity: +0.75 likelihood (review.approve)');
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

  it('says what a cap took off, to two decimals', () => {
    expect(
      describeRiskFactor({ kind: 'cap', part: 'impact', uncapped: 6, points: -1 }, names).en,
    ).toBe('Capped at 5 (would be 6)');
    expect(
      describeRiskFactor(
        { kind: 'cap', part: 'likelihood', uncapped: 5.8333, points: -0.8333 },
        names,
      ).en,
    ).toBe('Capped at 5 (would be 5.83)');
  });
});

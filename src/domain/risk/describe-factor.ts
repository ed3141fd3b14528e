import type { LocalisedText } from '../schemas/common';
import type { FlagId } from '../schemas/flag';
import type { Model, RiskCategory } from '../schemas/model';
import { readFlagCatalogue } from '../raci/flag-catalogue';
import type { RiskFactor } from './factors';

/** Names of the things a factor refers to, in both languages. */
export interface RiskNames {
  dimension(id: string): LocalisedText;
  activity(id: string): LocalisedText;
  stage(id: string): LocalisedText;
  flag(id: FlagId): LocalisedText;
}

/** Looks names up in the model; an id the model lacks stands for itself. */
export function riskNamesOf(
  model: Pick<Model, 'dimensions' | 'activities' | 'stages' | 'flags'>,
): RiskNames {
  const index = (
    items: readonly { id: string; name: LocalisedText }[],
  ): Map<string, LocalisedText> => new Map(items.map((i) => [i.id, i.name]));
  const lookup = (map: Map<string, LocalisedText>) => (id: string) =>
    map.get(id) ?? { en: id, ar: id };
  const flags = readFlagCatalogue(model);
  return {
    dimension: lookup(index(model.dimensions)),
    activity: lookup(index(model.activities)),
    stage: lookup(index(model.stages)),
    flag: (id) => flags[id].name,
  };
}

const CATEGORY: Record<RiskCategory, LocalisedText> = {
  operational: { en: 'operational risk', ar: 'المخاطر التشغيلية' },
  regulatory: { en: 'regulatory risk', ar: 'المخاطر التنظيمية' },
  reputational: { en: 'reputational risk', ar: 'مخاطر السمعة' },
  customer: { en: 'customer-experience risk', ar: 'مخاطر تجربة العملاء' },
};

// Numbers are written with Western digits, scores with one decimal at most and likelihood points
// with two (a flag on 1 of 3 activities adds 0.33); pages that want Arabic-Indic digits localise
// the digits of this text.
const num = (n: number): string => String(Math.round(n * 10) / 10);
const points = (n: number): string => String(Math.round(n * 100) / 100);

const list = (names: LocalisedText[], lang: 'en' | 'ar'): string =>
  names.map((n) => n[lang]).join(lang === 'en' ? '; ' : '؛ ');

function raisedImpact(category: RiskCategory): LocalisedText {
  return {
    en: `+1 impact on ${CATEGORY[category].en}`,
    ar: `يرتفع الأثر على ${CATEGORY[category].ar} درجة واحدة`,
  };
}

/** Explains one factor of a heatmap cell in words, in English and Arabic. */
export function describeRiskFactor(f: RiskFactor, names: RiskNames): LocalisedText {
  switch (f.kind) {
    case 'maturity': {
      const scores = f.dimensions.map((d) => {
        const name = names.dimension(d.dimension);
        const score = num(d.score);
        return { en: `${name.en} ${score}`, ar: `${name.ar} ${score}` };
      });
      const unknown = f.unknownDimensions.map(names.dimension);
      return {
        en: `Stage maturity ${num(f.maturity)} (${list(scores, 'en')}) gives a base likelihood of ${points(f.points)}${unknown.length ? `; no answers yet for ${list(unknown, 'en')}` : ''}`,
        ar: `نضج المرحلة ${num(f.maturity)} (${list(scores, 'ar')})، فالاحتمالية الأساسية ${points(f.points)}${unknown.length ? `؛ ولا إجابات بعدُ عن ${list(unknown, 'ar')}` : ''}`,
      };
    }
    case 'unknown-maturity': {
      const dims = f.dimensions.map(names.dimension);
      const why = dims.length
        ? { en: `no answers for ${list(dims, 'en')}`, ar: `لا إجابات عن ${list(dims, 'ar')}` }
        : { en: 'none of its dimensions is in scope', ar: 'لا يقع أيٌّ من أبعادها ضمن النطاق' };
      return {
        en: `Maturity unknown (${why.en}): the likelihood cannot be rated, so the cell has no score`,
        ar: `النضج غير معروف (${why.ar})، فلا يمكن تقدير الاحتمالية ولا درجة لهذه الخلية`,
      };
    }
    case 'flag': {
      const acts = f.activities.map(names.activity);
      const flagged = f.activities.length;
      const of = f.inScope === 1 ? 'activity' : 'activities';
      return {
        en: `${names.flag(f.flag).en} on ${flagged} of ${f.inScope} ${of}: +${points(f.points)} likelihood (${list(acts, 'en')})`,
        ar: `${names.flag(f.flag).ar} في ${flagged} من ${f.inScope} من أنشطة المرحلة: تزيد الاحتمالية بمقدار ${points(f.points)} (${list(acts, 'ar')})`,
      };
    }
    case 'base-impact':
      return {
        en: `Base impact of ${names.stage(f.stage).en} on ${CATEGORY[f.category].en}: ${f.points}`,
        ar: `الأثر الأساسي لمرحلة ${names.stage(f.stage).ar} على ${CATEGORY[f.category].ar}: ${f.points}`,
      };
    case 'profile': {
      const up = raisedImpact(f.category);
      const reason: Record<typeof f.factor, LocalisedText> = {
        regulated: { en: 'Regulated organisation', ar: 'مؤسسة خاضعة للتنظيم' },
        volume: {
          en: `${f.detail ?? ''} messages a month`,
          ar: `حجم الرسائل الشهري ${f.detail ?? ''}`,
        },
        government: { en: 'Public sector', ar: 'جهة حكومية' },
        channels: {
          en: `${f.detail ?? ''} channels in use`,
          ar: `عدد القنوات المستخدمة ${f.detail ?? ''}`,
        },
      };
      return { en: `${reason[f.factor].en}: ${up.en}`, ar: `${reason[f.factor].ar}: ${up.ar}` };
    }
    case 'cap':
      return {
        en: `Capped at 5 (would be ${points(f.uncapped)})`,
        ar: `بحدٍّ أقصى 5 (كانت ستبلغ ${points(f.uncapped)})`,
      };
  }
}

import * as v from 'valibot';
import type { Lang } from '../../i18n';
import { DEFAULT_SETTINGS, formatPeriod, type DisplaySettings } from '../../i18n/format';

/** Where the facilitator's browser keeps the workshops it created. */
export const WORKSHOPS_KEY = 'ccm:workshops';

/** A workshop this browser created: the secret that runs it never leaves this browser. */
export const MyWorkshopSchema = v.object({
  id: v.string(),
  code: v.string(),
  facilitatorSecret: v.string(),
  joinUrl: v.string(),
  createdAt: v.string(),
  /** The title as first shown: what an entry stored before `organisation` and `period` shows. */
  title: v.string(),
  /** The organisation's name and the period (`2026-Q3`), shown in the page's language. */
  organisation: v.optional(v.string()),
  period: v.optional(v.string()),
});
export type MyWorkshop = v.InferOutput<typeof MyWorkshopSchema>;

/** The workshops this browser created, newest first; a damaged entry is skipped. */
export function readMyWorkshops(storage: Storage = localStorage): MyWorkshop[] {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(WORKSHOPS_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw
    .flatMap((item) => {
      const parsed = v.safeParse(MyWorkshopSchema, item);
      return parsed.success ? [parsed.output] : [];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Keeps a workshop this browser created (replacing one with the same id); throws when storage refuses. */
export function rememberWorkshop(workshop: MyWorkshop, storage: Storage = localStorage): void {
  const others = readMyWorkshops(storage).filter((w) => w.id !== workshop.id);
  storage.setItem(WORKSHOPS_KEY, JSON.stringify([workshop, ...others]));
}

/** One workshop this browser created, by id. */
export function findMyWorkshop(
  id: string,
  storage: Storage = localStorage,
): MyWorkshop | undefined {
  return readMyWorkshops(storage).find((w) => w.id === id);
}

const FIRST_STRONG_ISOLATE = String.fromCodePoint(0x2068);
const POP_ISOLATE = String.fromCodePoint(0x2069);

/**
 * A workshop's title in the page's language: the organisation (isolated, so a name in the other
 * script keeps its own direction) and its period ("Q3 2026", «الربع الثالث ٢٠٢٦»).
 */
export function workshopTitle(
  assessment: { organisation: { name: string }; period: string },
  lang: Lang,
  settings: DisplaySettings = DEFAULT_SETTINGS,
): string {
  const name = `${FIRST_STRONG_ISOLATE}${assessment.organisation.name}${POP_ISOLATE}`;
  return `${name} · ${formatPeriod(lang, assessment.period, settings)}`;
}

/** What a workshop this browser created is called on a page in `lang`. */
export function titleOf(
  workshop: MyWorkshop,
  lang: Lang,
  settings: DisplaySettings = DEFAULT_SETTINGS,
): string {
  const { organisation, period, title } = workshop;
  if (organisation === undefined || period === undefined) return title;
  return workshopTitle({ organisation: { name: organisation }, period }, lang, settings);
}

/** The live view of a workshop. */
export function liveUrl(lang: string, id: string): string {
  return `/${lang}/workshop/live/?id=${encodeURIComponent(id)}`;
}

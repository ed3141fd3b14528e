import * as v from 'valibot';

/** Where the facilitator's browser keeps the workshops it created. */
export const WORKSHOPS_KEY = 'ccm:workshops';

/** A workshop this browser created: the secret that runs it never leaves this browser. */
export const MyWorkshopSchema = v.object({
  id: v.string(),
  code: v.string(),
  facilitatorSecret: v.string(),
  joinUrl: v.string(),
  createdAt: v.string(),
  title: v.string(),
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

const LEFT_TO_RIGHT_ISOLATE = String.fromCodePoint(0x2066);
const POP_ISOLATE = String.fromCodePoint(0x2069);

/** A workshop's title: the organisation and its period, the period kept left to right in an Arabic line. */
export function workshopTitle(assessment: {
  organisation: { name: string };
  period: string;
}): string {
  return `${assessment.organisation.name} · ${LEFT_TO_RIGHT_ISOLATE}${assessment.period}${POP_ISOLATE}`;
}

/** The live view of a workshop. */
export function liveUrl(lang: string, id: string): string {
  return `/${lang}/workshop/live/?id=${encodeURIComponent(id)}`;
}

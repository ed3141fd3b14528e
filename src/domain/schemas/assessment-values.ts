// Kept apart from assessment.ts, like sector.ts, so that a page which only shows or fills in an
// assessment (the questionnaire before its first save) does not load the schema and valibot.
/** The current version of the assessment file format. */
export const FORMAT_VERSION = 1;

/** Monthly message volume bands, smallest first. */
export const VOLUMES = ['<10k', '10k-100k', '100k-1m', '1m-10m', '>10m'] as const;
export type Volume = (typeof VOLUMES)[number];

/** Channels an organisation may use to reach customers. */
export const CHANNELS = [
  'email',
  'sms',
  'letter',
  'app',
  'whatsapp',
  'web',
  'phone',
  'social',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Roles a workshop participant may give; free text is allowed too. */
export const ROLES = ['leadership', 'management', 'staff'] as const;

/** Stages every assessment covers: they can never be out of scope. */
export const REQUIRED_STAGES = ['data', 'triggers', 'content', 'review'] as const;

/** Roadmap action states. */
export const ACTION_STATUSES = ['not-started', 'in-progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

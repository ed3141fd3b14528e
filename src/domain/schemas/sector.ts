// Kept apart from model.ts so that the assessment schema, which the browser loads on every
// questionnaire page, does not pull in the whole model schema.
/** Sector ids fixed by the file format. */
export const SECTORS = [
  'banking',
  'insurance',
  'government',
  'telecom',
  'utilities',
  'healthcare',
  'retail',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

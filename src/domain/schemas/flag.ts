import * as v from 'valibot';
import { LocalisedTextSchema } from './common';

/** Every RACI flag an activity can carry, in the order they are reported. */
export const FLAG_IDS = [
  'orphaned',
  'contested',
  'no-doer',
  'diffuse',
  'blind-spot',
  'remote-owner',
  'consultation-drag',
  'contact-centre-unaware',
  'reactive-control',
  'perception-gap',
] as const;
/** A RACI flag id, as written in `activities.<id>.flags`. */
export type FlagId = (typeof FLAG_IDS)[number];

/** Severities, mildest first. */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
/** How serious a flag (or a heatmap band) is. */
export type Severity = (typeof SEVERITIES)[number];

/** A flag's words and severity; `raisedSeverity` applies when the flag's aggravating condition holds. */
export const FlagDefinitionSchema = v.strictObject({
  severity: v.picklist(SEVERITIES),
  raisedSeverity: v.optional(v.picklist(SEVERITIES)),
  name: LocalisedTextSchema,
  explanation: LocalisedTextSchema,
  raisedWhen: v.optional(LocalisedTextSchema),
});
/** A flag's words and severity. */
export type FlagDefinition = v.InferOutput<typeof FlagDefinitionSchema>;

const flagEntries = Object.fromEntries(FLAG_IDS.map((id) => [id, FlagDefinitionSchema])) as Record<
  FlagId,
  typeof FlagDefinitionSchema
>;

/** The flag catalogue in `data/flags.json`: every flag id, each once. */
export const FlagCatalogueSchema = v.strictObject(flagEntries);
/** The flag catalogue: words and severity per flag id. */
export type FlagCatalogue = v.InferOutput<typeof FlagCatalogueSchema>;

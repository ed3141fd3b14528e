import * as v from 'valibot';
import { ResponseSchema, type Response } from '../schemas/assessment';

/** The current version of the workshop response file format. */
export const RESPONSE_FORMAT_VERSION = 1;

/** Which workshop a response file belongs to, so that the facilitator can tell files apart. */
export const ResponseWorkshopSchema = v.object({
  organisation: v.pipe(v.string(), v.maxLength(200)),
  period: v.pipe(v.string(), v.regex(/^\d{4}-Q[1-4]$/, 'must look like 2026-Q4')),
  /** The join code, when the workshop has one. */
  code: v.optional(v.pipe(v.string(), v.maxLength(40))),
});

/**
 * One participant's answers, saved on their own device when a workshop runs without a server
 * (format `ccm-workshop-response`); the facilitator imports every participant's file.
 */
export const ResponseFileSchema = v.object({
  format: v.literal('ccm-workshop-response'),
  formatVersion: v.literal(RESPONSE_FORMAT_VERSION),
  modelVersion: v.pipe(v.string(), v.nonEmpty()),
  workshop: ResponseWorkshopSchema,
  response: ResponseSchema,
});
export type ResponseFile = v.InferOutput<typeof ResponseFileSchema>;

/** The file a participant saves: their response, labelled with the workshop it answers. */
export function responseFileOf(
  modelVersion: string,
  workshop: v.InferOutput<typeof ResponseWorkshopSchema>,
  response: Response,
): ResponseFile {
  return {
    format: 'ccm-workshop-response',
    formatVersion: RESPONSE_FORMAT_VERSION,
    modelVersion,
    workshop,
    response,
  };
}

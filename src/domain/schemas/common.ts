import * as v from 'valibot';

/** A text written in both product languages. */
export const LocalisedTextSchema = v.object({
  en: v.pipe(v.string(), v.trim(), v.nonEmpty('is empty')),
  ar: v.pipe(v.string(), v.trim(), v.nonEmpty('is empty')),
});
/** A text written in both product languages. */
export type LocalisedText = v.InferOutput<typeof LocalisedTextSchema>;

/** The two languages of the product. */
export type Lang = keyof LocalisedText;

/** A lowercase identifier such as `customer-service`. */
export const SlugSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and dashes'),
);

/** A maturity level, 1 (fragmented) to 5 (controlled). */
export const LevelSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5));
/** A maturity level, 1 (fragmented) to 5 (controlled). */
export type Level = 1 | 2 | 3 | 4 | 5;

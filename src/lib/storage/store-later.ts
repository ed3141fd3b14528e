/**
 * The assessment store and the file reader, with the schemas and migrations they check every
 * record and file against, as the one module the questionnaire loads when it first reads or
 * writes a record (or opens an example) instead of with the page: a new assessment shows without
 * it. Pages that use the store at once import assessment-repo.ts; loading this module rather than
 * that one lets the bundler keep the store's chunk as it is for them.
 */
export * from './assessment-repo';
export { parseAssessmentText } from '../../domain/schemas/parse-assessment';

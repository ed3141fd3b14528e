/**
 * The export code loaded when a page first exports, not with the page: the questionnaire and the
 * results page keep it out of what they load before interaction.
 */
import type { Assessment } from '../../domain/schemas/assessment';
import type { ModelIds } from '../../domain/schemas/model-check';
import type { ParseResult } from '../../domain/schemas/parse-assessment';
import type { ExportFile, ExportOffer } from './export';

/** `assessmentOffer`, with the export code loaded first. */
export async function assessmentOfferLater(
  assessment: Assessment,
  model?: ModelIds,
): Promise<ParseResult<ExportOffer>> {
  const { assessmentOffer } = await import('./export');
  return assessmentOffer(assessment, model);
}

/** `unsavedAssessmentFile`, with the export code loaded first. */
export async function unsavedAssessmentFileLater(assessment: Assessment): Promise<ExportFile> {
  const { unsavedAssessmentFile } = await import('./export');
  return unsavedAssessmentFile(assessment);
}

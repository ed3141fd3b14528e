import type { Assessment } from '../schemas/assessment';
import type { Level } from '../schemas/common';
import type { Model } from '../schemas/model';

/**
 * Each dimension's target level: the assessment's own when it sets one, otherwise the highest of
 * the model's default, its sector's and, for a regulated organisation, its regulated target.
 */
export function resolveTargets(
  model: Pick<Model, 'dimensions' | 'targets'>,
  assessment: Pick<Assessment, 'organisation' | 'targets'>,
): Record<string, Level> {
  const { sector, regulated } = assessment.organisation;
  const sectorTargets = model.targets.sectors[sector] ?? {};
  const targets: Record<string, Level> = {};
  for (const { id } of model.dimensions) {
    const own = assessment.targets?.[id];
    const defaults = [
      model.targets.default[id],
      sectorTargets[id],
      regulated ? model.targets.regulated[id] : undefined,
    ].filter((t): t is number => t !== undefined);
    // The model check gives every dimension a default, so the list is never empty.
    targets[id] = (own ?? Math.max(1, ...defaults)) as Level;
  }
  return targets;
}

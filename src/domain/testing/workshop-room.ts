// A workshop record for the room tests: the shipped model, a small bank, the default plan. Tests only.
import { loadShippedModel } from '../roadmap/shipped-model';
import { buildAssessment } from './fixtures';
import { createWorkshopRecord } from '../workshop/room/create-room';
import type { WorkshopRecord } from '../workshop/room/record';

/** The shipped model. */
export const model = loadShippedModel();

/** The file a facilitator sends: an assessment and the plan under `workshop`. */
export function workshopInput(plan: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...buildAssessment({ modelVersion: model.version }), workshop: plan };
}

/** A new workshop record with the given plan. */
export function buildRecord(plan: Record<string, unknown> = {}): WorkshopRecord {
  const created = createWorkshopRecord(workshopInput(plan), model, {
    id: 'workshop-id-0123456789',
    code: 'ABCDEFGH',
    secretHash: 'a'.repeat(64),
    joinUrl: 'http://room.test/join/?code=ABCDEFGH',
    now: '2026-11-28T12:00:00.000Z',
  });
  if (!created.ok) throw new Error(JSON.stringify(created.problems));
  return created.value;
}

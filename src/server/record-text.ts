// The workshop file's text, built from each participant's JSON kept between writes: a room of
// 2,000 re-serialises only the participants who changed since the last write, not all 3 MB.
import type { ParticipantRecord, WorkshopRecord } from '../domain/workshop/room/record';

/** A serialiser of one workshop's record that remembers each participant's JSON by revision. */
export function recordSerialiser(): (record: WorkshopRecord) => string {
  const cache = new WeakMap<ParticipantRecord, { revision: number; json: string }>();
  const participantJson = (participant: ParticipantRecord): string => {
    const hit = cache.get(participant);
    if (hit?.revision === participant.revision) return hit.json;
    const json = JSON.stringify(participant);
    cache.set(participant, { revision: participant.revision, json });
    return json;
  };
  return (record) => {
    const { participants, ...rest } = record;
    const entries = Object.entries(participants).map(
      ([id, participant]) => `${JSON.stringify(id)}:${participantJson(participant)}`,
    );
    const head = JSON.stringify(rest);
    return `${head.slice(0, -1)},"participants":{${entries.join(',')}}}`;
  };
}

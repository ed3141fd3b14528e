// A live workshop: its stored record, its analysis (computed once per change, lazily) and the
// screens that follow it by server-sent events. Changes are coalesced: the analysis is computed at
// most once per interval, serialised once per audience and written to every screen.
import type { ServerResponse } from 'node:http';
import { analyse } from '../domain/analyse';
import type { Analysis } from '../domain/analysis';
import type { Model } from '../domain/schemas/model';
import {
  facilitatorSummary,
  participantSummary,
  roomAssessment,
} from '../domain/workshop/room/views';
import type { WorkshopRecord } from '../domain/workshop/room/record';
import type { StoredWorkshop } from './store';

/** Who is reading a stream: the facilitator sees everything, a participant the aggregates. */
export type Audience = 'facilitator' | 'participant';

/** The shortest time between two broadcasts of a room, in milliseconds. */
export const BROADCAST_INTERVAL_MS = 100;

/** One server-sent event, `summary`, with the room's change counter as its id. */
export function summaryEvent(version: number, payload: unknown): string {
  return `id: ${version}\nevent: summary\ndata: ${JSON.stringify(payload)}\n\n`;
}

/** A workshop being run: record, analysis and event streams. */
export class Room {
  readonly stored: StoredWorkshop;
  readonly #model: Model;
  readonly #streams = new Map<ServerResponse, Audience>();
  readonly #byTokenHash = new Map<string, string>();
  #version = 0;
  #analysis: { version: number; value: Analysis } | null = null;
  #timer: NodeJS.Timeout | null = null;
  #lastBroadcast = 0;

  constructor(stored: StoredWorkshop, model: Model) {
    this.stored = stored;
    this.#model = model;
    for (const [id, participant] of Object.entries(stored.record.participants))
      this.#byTokenHash.set(participant.tokenHash, id);
  }

  /** Adds a participant to the record (the caller saves). */
  addParticipant(id: string, participant: WorkshopRecord['participants'][string]): void {
    this.record.participants[id] = participant;
    this.#byTokenHash.set(participant.tokenHash, id);
  }

  /** The id of the participant whose token hashes to this, if any. */
  participantWithToken(tokenHash: string): string | undefined {
    return this.#byTokenHash.get(tokenHash);
  }

  /** The stored record. */
  get record(): WorkshopRecord {
    return this.stored.record;
  }

  /** The change counter: one more on every change, the id of each event. */
  get version(): number {
    return this.#version;
  }

  /** How many screens follow the room. */
  get streams(): number {
    return this.#streams.size;
  }

  /** The analysis of the answers so far, computed at most once per change. */
  analysis(): Analysis {
    if (this.#analysis?.version !== this.#version)
      this.#analysis = {
        version: this.#version,
        value: analyse(this.#model, roomAssessment(this.record)),
      };
    return this.#analysis.value;
  }

  /** Notes a change: the record's time moves on and the screens get a summary soon. */
  changed(now: string): void {
    this.record.updatedAt = now;
    this.#version += 1;
    if (this.#streams.size > 0 && !this.#timer) {
      const wait = Math.max(0, this.#lastBroadcast + BROADCAST_INTERVAL_MS - performance.now());
      this.#timer = setTimeout(() => this.#broadcast(), wait);
    }
  }

  /** Starts a stream: headers, the current summary at once (the catch-up), then every change. */
  follow(res: ServerResponse, audience: Audience, headers: Record<string, string>): void {
    res.writeHead(200, {
      ...headers,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Accel-Buffering': 'no',
    });
    res.socket?.setNoDelay(true);
    res.write(this.#event(audience));
    this.#streams.set(res, audience);
    res.on('close', () => this.#streams.delete(res));
  }

  /** Writes a comment line to every stream so proxies and phones keep the connection. */
  ping(): void {
    for (const res of this.#streams.keys()) res.write(': ping\n\n');
  }

  /** Ends every stream (the server is stopping). */
  endStreams(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    for (const res of this.#streams.keys()) res.end();
    this.#streams.clear();
  }

  #event(audience: Audience): string {
    return summaryEvent(this.#version, this.#payload(audience));
  }

  #payload(audience: Audience): unknown {
    return audience === 'facilitator'
      ? facilitatorSummary(this.record, this.analysis())
      : participantSummary(this.record, this.record.revealed ? this.analysis() : null);
  }

  #broadcast(): void {
    this.#timer = null;
    this.#lastBroadcast = performance.now();
    const events = new Map<Audience, string>();
    for (const [res, audience] of this.#streams) {
      let event = events.get(audience);
      if (event === undefined) {
        event = this.#event(audience);
        events.set(audience, event);
      }
      res.write(event);
    }
  }
}

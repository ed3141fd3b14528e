// A live workshop: its stored record, its analysis (computed by the analysis worker, at most once
// per change and never two at once) and the screens that follow it by server-sent events. Changes
// are coalesced: at most one broadcast per interval, each summary serialised once per audience and
// the same text written to every screen of that audience.
import type { ServerResponse } from 'node:http';
import type { ParticipantRecord, WorkshopRecord } from '../domain/workshop/room/record';
import {
  facilitatorStatus,
  responseOf,
  roomResponses,
  roomStatus,
} from '../domain/workshop/room/views';
import type { Analyst, SerialisedAnalysis } from './analyst';
import type { StoredWorkshop } from './store';
import { trace } from './trace';

/** Who is reading a stream: the facilitator sees everything, a participant the aggregates. */
export type Audience = 'facilitator' | 'participant';

/** The shortest time between two broadcasts of a room, in milliseconds. */
export const BROADCAST_INTERVAL_MS = 100;

/**
 * A screen that has not read this much of its stream is dropped rather than buffered for without
 * end; it reconnects and catches up with the summary it gets on connecting.
 */
export const MAX_UNREAD_BYTES = 1024 * 1024;

/** One server-sent event, `summary`, with the room's change counter as its id. */
export function summaryEvent(version: number, json: string): string {
  return `id: ${version}\nevent: summary\ndata: ${json}\n\n`;
}

/** An object's JSON with one more key whose value is already JSON (not parsed and re-written). */
export function withJsonKey(object: object, key: string, json: string): string {
  const head = JSON.stringify(object);
  return `${head.slice(0, -1)}${head.length > 2 ? ',' : ''}${JSON.stringify(key)}:${json}}`;
}

/** Each audience's summary as JSON (FacilitatorSummary, ParticipantSummary), one change's. */
interface Summaries {
  facilitator: string;
  participant: string;
  analysisMs: number;
}

/** A workshop being run: record, analysis and event streams. */
export class Room {
  readonly stored: StoredWorkshop;
  readonly #analyst: Analyst;
  readonly #streams = new Map<ServerResponse, Audience>();
  readonly #byTokenHash = new Map<string, string>();
  #version = 0;
  #analysis: { version: number; value: SerialisedAnalysis } | null = null;
  #computing: { version: number; value: Promise<SerialisedAnalysis> } | null = null;
  #texts: { version: number; value: Promise<Summaries> } | null = null;
  #timer: NodeJS.Timeout | null = null;
  #lastBroadcast = 0;
  /** No analysis starts before this: the worker rests as long as its last analysis took. */
  #restUntil = 0;

  constructor(stored: StoredWorkshop, analyst: Analyst) {
    this.stored = stored;
    this.#analyst = analyst;
    for (const [id, participant] of Object.entries(stored.record.participants))
      this.#byTokenHash.set(participant.tokenHash, id);
    analyst.openRoom(stored.record.id, stored.record.assessment, roomResponses(stored.record));
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

  /** Adds a participant to the record (the caller saves). */
  addParticipant(id: string, participant: ParticipantRecord): void {
    this.record.participants[id] = participant;
    this.#byTokenHash.set(participant.tokenHash, id);
  }

  /** The id of the participant whose token hashes to this, if any. */
  participantWithToken(tokenHash: string): string | undefined {
    return this.#byTokenHash.get(tokenHash);
  }

  /** Passes a participant's new answers to the analysis. */
  answered(participantId: string): void {
    const participant = this.record.participants[participantId];
    if (participant)
      this.#analyst.setResponse(
        this.record.id,
        responseOf(participantId, participant, this.record.plan.anonymous),
      );
  }

  /** Notes a change: the record's time moves on and the screens get a summary soon. */
  changed(now: string): void {
    this.record.updatedAt = now;
    this.#version += 1;
    this.#schedule();
  }

  /** The analysis of the answers as they are now: computed once per change, one at a time. */
  async analysis(): Promise<SerialisedAnalysis> {
    const version = this.#version;
    if (this.#analysis?.version === version) return this.#analysis.value;
    if (this.#computing?.version !== version) {
      const value = this.#analyst.analyse(this.record.id);
      this.#computing = { version, value };
      void value.then(
        (result) => {
          trace('analysis', { ms: result.ms, bytes: result.analysis.length });
          if ((this.#analysis?.version ?? -1) < version)
            this.#analysis = { version, value: result };
        },
        () => undefined,
      );
    }
    return this.#computing.value;
  }

  /** The facilitator's summary as JSON (FacilitatorSummary). */
  async facilitatorJson(): Promise<string> {
    return (await this.#summaries()).facilitator;
  }

  /** Both audiences' summaries, made from one analysis once per change however many ask. */
  #summaries(): Promise<Summaries> {
    const version = this.#version;
    if (this.#texts?.version === version) return this.#texts.value;
    const value = this.analysis().then((analysis) => this.#summariesOf(analysis));
    this.#texts = { version, value };
    return value;
  }

  #summariesOf({ analysis, aggregates, ms }: SerialisedAnalysis): Summaries {
    const status = roomStatus(this.record);
    const participant =
      this.record.revealed && aggregates !== 'null'
        ? withJsonKey(status, 'workshop', aggregates)
        : JSON.stringify(status);
    const facilitator = withJsonKey(facilitatorStatus(this.record), 'analysis', analysis);
    return { facilitator, participant, analysisMs: ms };
  }

  /** Starts a stream: headers, the current summary at once (the catch-up), then every change. */
  async follow(
    res: ServerResponse,
    audience: Audience,
    headers: Record<string, string>,
  ): Promise<void> {
    let closed = false;
    res.once('close', () => {
      closed = true;
      this.#streams.delete(res);
    });
    const version = this.#version;
    const json = (await this.#summaries())[audience];
    if (closed) return;
    res.writeHead(200, {
      ...headers,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Accel-Buffering': 'no',
    });
    res.socket?.setNoDelay(true);
    res.write(summaryEvent(version, json));
    this.#streams.set(res, audience);
    if (version !== this.#version) this.#schedule();
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

  #schedule(): void {
    if (this.#streams.size === 0 || this.#timer) return;
    const earliest = Math.max(this.#lastBroadcast + BROADCAST_INTERVAL_MS, this.#restUntil);
    const wait = Math.max(0, earliest - performance.now());
    this.#timer = setTimeout(() => void this.#broadcast(), wait);
  }

  async #broadcast(): Promise<void> {
    // The interval runs from the start of a broadcast. During a storm of answers the analysis
    // worker is kept at most half busy, leaving the other core to the requests.
    this.#lastBroadcast = performance.now();
    const version = this.#version;
    try {
      const summaries = await this.#summaries();
      this.#restUntil = performance.now() + summaries.analysisMs;
      const events = {
        facilitator: summaryEvent(version, summaries.facilitator),
        participant: summaryEvent(version, summaries.participant),
      };
      const started = performance.now();
      for (const [res, audience] of this.#streams) {
        if (res.writableLength > MAX_UNREAD_BYTES) res.destroy();
        else res.write(events[audience]);
      }
      trace('broadcast', {
        streams: this.#streams.size,
        facilitatorBytes: events.facilitator.length,
        participantBytes: events.participant.length,
        ms: performance.now() - started,
      });
    } catch (error) {
      console.error(`workshop ${this.record.id}: no summary (${(error as Error).message})`);
    }
    this.#timer = null;
    if (version !== this.#version) this.#schedule();
  }
}

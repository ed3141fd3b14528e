import type { MaturityAnswer, RaciAnswer } from '../domain/schemas/assessment';
import {
  eventsPath,
  fetchParticipant,
  saveResponse,
  type PublicWorkshop,
  type ResponseAnswers,
  type RoomSummary,
} from '../lib/workshop/api';
import {
  noAnswers,
  writeParticipant,
  type ParticipantEntry,
} from '../lib/workshop/participant-store';
import { ResponseQueue, type SyncStatus } from '../lib/workshop/response-queue';
import { followEvents } from '../lib/workshop/sse';

/** How often a phone asks the server where the room is (paced mode, reveal, close). */
const POLL_MS = 3000;

/**
 * A participant answering a workshop: their answers, kept in this browser at every change and,
 * with a server, queued and sent whole; the room's state polled, and its aggregate followed once
 * the facilitator reveals it. Without a server (a workshop file) nothing is sent.
 */
export class ParticipantSession {
  room: PublicWorkshop = $state.raw() as PublicWorkshop;
  answers: ResponseAnswers = $state(noAnswers());
  position = $state(0);
  sync: SyncStatus = $state('saved');
  aggregate: RoomSummary | null = $state.raw(null);
  private queue: ResponseQueue | null = null;
  private entry: ParticipantEntry | null = null;
  private stopping = new AbortController();
  private stream: AbortController | null = null;

  constructor(room: PublicWorkshop, entry: ParticipantEntry | null) {
    this.room = room;
    if (!entry) return;
    this.entry = entry;
    this.answers = entry.answers;
    this.position = entry.position;
    const { participantId, token } = entry;
    this.queue = new ResponseQueue(
      {
        send: (answers) => saveResponse(room.code, participantId, token, answers),
        onChange: (status, unsent) => {
          this.sync = status;
          this.persist(unsent);
        },
      },
      { answers: entry.answers, changes: entry.queue },
    );
    this.sync = entry.queue > 0 ? 'waiting' : 'saved';
  }

  /** Starts sending what is unsent, polling the room and listening for the network. */
  start(): () => void {
    if (!this.queue || !this.entry) return () => undefined;
    const online = () => this.queue?.retryNow();
    addEventListener('online', online);
    this.queue.retryNow();
    void this.poll();
    const timer = setInterval(() => void this.poll(), POLL_MS);
    return () => {
      removeEventListener('online', online);
      clearInterval(timer);
      this.stopping.abort();
      this.stream?.abort();
      this.queue?.stop();
    };
  }

  /** Records the answer to an activity. */
  answerActivity(activity: string, answer: RaciAnswer): void {
    this.answers.raci[activity] = answer;
    this.changed();
  }

  /** Records the answer to a maturity question. */
  answerQuestion(question: string, answer: MaturityAnswer): void {
    this.answers.maturity[question] = answer;
    this.changed();
  }

  /** Moves to an item (kept across a reload). */
  moveTo(position: number): void {
    this.position = position;
    this.persist(this.entry?.queue ?? 0);
  }

  private changed(): void {
    const snapshot = $state.snapshot(this.answers);
    if (this.queue) this.queue.push(snapshot);
  }

  private persist(unsent: number): void {
    if (!this.entry) return;
    this.entry = {
      ...this.entry,
      answers: $state.snapshot(this.answers),
      queue: unsent,
      position: this.position,
    };
    writeParticipant(this.room.code, this.entry);
  }

  private async poll(): Promise<void> {
    if (!this.entry) return;
    try {
      const state = await fetchParticipant(
        this.room.code,
        this.entry.participantId,
        this.entry.token,
      );
      this.room = state.workshop;
      this.follow(state.workshop.revealed);
    } catch {
      // Offline or the server is busy: the next poll tries again.
    }
  }

  /** Follows the room's aggregate while it is revealed; forgets it when hidden again. */
  private follow(revealed: boolean): void {
    if (!this.entry) return;
    if (!revealed) {
      this.stream?.abort();
      this.stream = null;
      this.aggregate = null;
      return;
    }
    if (this.stream) return;
    const stream = new AbortController();
    this.stream = stream;
    void followEvents(eventsPath({ code: this.room.code }), {
      token: this.entry.token,
      signal: stream.signal,
      onEvent: (event) => {
        if (event.event === 'summary') this.aggregate = JSON.parse(event.data) as RoomSummary;
      },
      onStatus: (status) => {
        if (status.kind === 'refused' && this.stream === stream) this.stream = null;
      },
    });
  }
}

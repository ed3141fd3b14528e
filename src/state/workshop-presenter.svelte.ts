import {
  actOnRoom,
  eventsPath,
  fetchWorkshop,
  moveRoom,
  type FacilitatorSummary,
  type PublicWorkshop,
  type RoomAction,
} from '../lib/workshop/api';
import { findMyWorkshop, type MyWorkshop } from '../lib/workshop/my-workshops';
import { followEvents, type StreamStatus } from '../lib/workshop/sse';

/** What went wrong with the presenter's last request (`workshop.live.<failure>` says it). */
export type PresenterFailure = 'unreachable' | 'actionFailed' | 'consensusFailed';

/**
 * The room on the presenter's screen: the workshop this browser created (its secret stays here),
 * its plan, and the summary its stream brings on every change. Room actions go out in the order
 * they were pressed.
 */
export class PresenterRoom {
  /** The workshop as this browser keeps it; null until opened or when it is not this browser's. */
  mine: MyWorkshop | null = $state(null);
  /** Whether the address names no workshop this browser created. */
  missing = $state(false);
  /** The workshop's public side: its plan and teams. */
  room: PublicWorkshop | null = $state(null);
  /** The room's state and analysis, as its stream last brought them. */
  summary: FacilitatorSummary | null = $state(null);
  stream: StreamStatus | null = $state(null);
  failure: PresenterFailure | null = $state(null);
  #acting: Promise<void> = Promise.resolve();

  /** Whether the room's answers are shown: revealed, or answering closed. */
  get visible(): boolean {
    return this.summary !== null && (this.summary.revealed || this.summary.state === 'closed');
  }

  /**
   * Opens the workshop with this id and follows its stream; `onFirst` hears the first summary.
   * Returns the stop.
   */
  open(id: string, onFirst: (summary: FacilitatorSummary) => void): () => void {
    const mine = findMyWorkshop(id) ?? null;
    this.mine = mine;
    if (!mine) {
      this.missing = true;
      return () => undefined;
    }
    const stop = new AbortController();
    fetchWorkshop(mine.code).then(
      (room) => (this.room = room),
      () => (this.failure = 'unreachable'),
    );
    void followEvents(eventsPath({ id }), {
      token: mine.facilitatorSecret,
      signal: stop.signal,
      onStatus: (status) => (this.stream = status),
      onEvent: (event) => {
        if (event.event !== 'summary') return;
        const next = JSON.parse(event.data) as FacilitatorSummary;
        if (this.summary === null) onFirst(next);
        this.summary = next;
      },
    });
    return () => stop.abort();
  }

  /**
   * Sends a room action once the one pressed before it has gone. The button's new label comes
   * with the room's stream, which may be ahead of the answer to the request: a press made then
   * waits for the one before it instead of being dropped.
   */
  act(action: RoomAction): void {
    const mine = this.mine;
    if (!mine || !this.summary) return;
    this.#acting = this.#acting.then(async () => {
      this.failure = null;
      try {
        await actOnRoom(mine.id, mine.facilitatorSecret, action);
      } catch {
        this.failure = 'actionFailed';
      }
    });
  }

  /** Moves a paced room to the activity the presenter shows (null: none, on the other slides). */
  move(activity: string | null): void {
    const mine = this.mine;
    if (!mine || this.room?.plan.pace !== 'paced') return;
    moveRoom(mine.id, mine.facilitatorSecret, activity).catch(
      () => (this.failure = 'actionFailed'),
    );
  }
}

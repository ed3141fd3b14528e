import { ApiError, type ResponseAnswers } from './api';
import { retryDelay } from './backoff';

/** Where a participant's answers are: on the server, on their way, waiting for the network, or refused. */
export type SyncStatus = 'saved' | 'saving' | 'waiting' | 'closed' | 'refused';

export interface QueueOptions {
  /** Sends the whole response (idempotent: sending it twice is harmless). */
  send: (answers: ResponseAnswers) => Promise<unknown>;
  /** Told every change of status and how many changes still wait to be sent. */
  onChange: (status: SyncStatus, unsent: number) => void;
  /** Runs a retry later; returns what cancels it (tests pass their own clock). */
  later?: (run: () => void, ms: number) => () => void;
}

const timeout = (run: () => void, ms: number): (() => void) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

/**
 * A participant's unsent answers: each change replaces the response to send, which goes as soon
 * as nothing else is on its way; a failure waits (the server's Retry-After, else a growing
 * backoff) and tries again, and coming back online tries at once. A closed workshop (409) or a
 * token the server no longer knows stops it.
 */
export class ResponseQueue {
  private latest: ResponseAnswers | null = null;
  private unsent = 0;
  private sending = false;
  private attempt = 0;
  private cancel: (() => void) | null = null;
  private status: SyncStatus = 'saved';

  constructor(
    private readonly options: QueueOptions,
    /** Answers a reload found unsent: they go first. */
    unsent?: { answers: ResponseAnswers; changes: number },
  ) {
    if (unsent && unsent.changes > 0) {
      this.latest = unsent.answers;
      this.unsent = unsent.changes;
    }
  }

  /** Queues the whole response after a change and sends it when it can. */
  push(answers: ResponseAnswers): void {
    this.latest = answers;
    this.unsent += 1;
    // Told at once, so that the answers are kept even while a retry waits.
    this.options.onChange(this.status, this.unsent);
    if (this.status !== 'closed' && this.status !== 'refused') void this.flush();
  }

  /** The network is back (or the page opened): send at once, the wait starts over. */
  retryNow(): void {
    if (this.status === 'closed' || this.status === 'refused') return;
    this.cancel?.();
    this.cancel = null;
    this.attempt = 0;
    void this.flush();
  }

  /** Stops any retry (the page is leaving or the workshop reopened elsewhere). */
  stop(): void {
    this.cancel?.();
    this.cancel = null;
  }

  private set(status: SyncStatus): void {
    this.status = status;
    this.options.onChange(status, this.unsent);
  }

  private async flush(): Promise<void> {
    if (this.sending || this.cancel || this.unsent === 0 || !this.latest) return;
    const answers = this.latest;
    const covering = this.unsent;
    this.sending = true;
    this.set('saving');
    try {
      await this.options.send(answers);
      this.attempt = 0;
      this.unsent -= covering;
      this.sending = false;
      if (this.unsent > 0) void this.flush();
      else this.set('saved');
    } catch (error) {
      this.sending = false;
      this.failed(error);
    }
  }

  private failed(error: unknown): void {
    if (error instanceof ApiError && error.status === 409) return this.set('closed');
    if (error instanceof ApiError && [400, 401, 403, 404].includes(error.status))
      return this.set('refused');
    const wait =
      error instanceof ApiError && error.retryAfter !== undefined
        ? error.retryAfter * 1000
        : retryDelay(this.attempt);
    this.attempt += 1;
    this.set('waiting');
    this.cancel = (this.options.later ?? timeout)(() => {
      this.cancel = null;
      void this.flush();
    }, wait);
  }
}

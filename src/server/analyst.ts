// The server's side of the analysis worker: posts rooms and answers to it, asks for analyses.
import { Worker } from 'node:worker_threads';
import type { Assessment, Response } from '../domain/schemas/assessment';
import type { FromAnalyst, ToAnalyst } from './analysis-protocol';

/** An analysis as the worker sends it: serialised once, for every screen. */
export interface SerialisedAnalysis {
  /** The whole analysis, JSON. */
  analysis: string;
  /** The participants' aggregates (RoomAggregates), JSON; `null` before any answer. */
  aggregates: string;
  /** How long analyse() took, in milliseconds. */
  ms: number;
}

/** A worker thread that analyses rooms. */
export class Analyst {
  readonly #worker: Worker;
  readonly #pending = new Map<
    number,
    { resolve: (a: SerialisedAnalysis) => void; reject: (e: Error) => void }
  >();
  #request = 0;

  constructor(modelDir: string) {
    this.#worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), {
      execArgv: ['--import', 'tsx'],
      workerData: { modelDir },
    });
    this.#worker.on('message', (message: FromAnalyst) => this.#settle(message));
    this.#worker.on('error', (error) => this.#failAll(error));
    this.#worker.unref();
  }

  #settle(message: FromAnalyst): void {
    const pending = this.#pending.get(message.request);
    this.#pending.delete(message.request);
    if (message.kind === 'analysis') pending?.resolve(message);
    else pending?.reject(new Error(message.message));
  }

  #failAll(error: Error): void {
    for (const { reject } of this.#pending.values()) reject(error);
    this.#pending.clear();
  }

  #post(message: ToAnalyst): void {
    this.#worker.postMessage(message);
  }

  /** Follows a room: its assessment (without responses) and the responses so far. */
  openRoom(room: string, assessment: Assessment, responses: Response[]): void {
    this.#post({ kind: 'room', room, assessment, responses });
  }

  /** A participant's response changed. */
  setResponse(room: string, response: Response): void {
    this.#post({ kind: 'response', room, response });
  }

  /** The analysis of a room with every response posted so far. */
  analyse(room: string): Promise<SerialisedAnalysis> {
    const request = ++this.#request;
    return new Promise((resolve, reject) => {
      this.#pending.set(request, { resolve, reject });
      this.#post({ kind: 'analyse', room, request });
    });
  }

  /** Stops the worker. */
  async stop(): Promise<void> {
    await this.#worker.terminate();
  }
}

// Messages between the server and its analysis worker (analysis-worker.ts).
import type { Assessment, Response } from '../domain/schemas/assessment';

/** From the server: a room to follow, an answer that changed, a request for the analysis. */
export type ToAnalyst =
  | { kind: 'room'; room: string; assessment: Assessment; responses: Response[] }
  | { kind: 'response'; room: string; response: Response }
  | { kind: 'forget'; room: string }
  | { kind: 'analyse'; room: string; request: number };

/** From the worker: the analysis and the participants' aggregates, already serialised. */
export type FromAnalyst =
  | { kind: 'analysis'; request: number; analysis: string; aggregates: string; ms: number }
  | { kind: 'failed'; request: number; message: string };

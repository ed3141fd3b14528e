// The analysis worker: keeps each room's responses and runs analyse() on request, off the thread
// that answers requests (with 2,000 responses one analysis takes 70–250 ms on this machine's
// class of hardware), and serialises the result once for every screen.
import { parentPort, workerData } from 'node:worker_threads';
import { analyse } from '../domain/analyse';
import type { Assessment, Response } from '../domain/schemas/assessment';
import { roomAggregates } from '../domain/workshop/room/views';
import { loadModel } from '../lib/model/load-model';
import type { FromAnalyst, ToAnalyst } from './analysis-protocol';

const model = loadModel((workerData as { modelDir: string }).modelDir);
const rooms = new Map<string, { assessment: Assessment; responses: Map<string, Response> }>();

function answer(message: ToAnalyst): FromAnalyst | null {
  switch (message.kind) {
    case 'room':
      rooms.set(message.room, {
        assessment: message.assessment,
        responses: new Map(message.responses.map((r) => [r.participant, r])),
      });
      return null;
    case 'response':
      rooms.get(message.room)?.responses.set(message.response.participant, message.response);
      return null;
    case 'forget':
      rooms.delete(message.room);
      return null;
    case 'analyse':
      return analyseRoom(message.room, message.request);
  }
}

function analyseRoom(id: string, request: number): FromAnalyst {
  const room = rooms.get(id);
  if (!room) return { kind: 'failed', request, message: `no room ${id}` };
  const started = performance.now();
  const analysis = analyse(model, { ...room.assessment, responses: [...room.responses.values()] });
  return {
    kind: 'analysis',
    request,
    analysis: JSON.stringify(analysis),
    aggregates: JSON.stringify(roomAggregates(analysis) ?? null),
    ms: performance.now() - started,
  };
}

parentPort?.on('message', (message: ToAnalyst) => {
  try {
    const reply = answer(message);
    if (reply) parentPort?.postMessage(reply);
  } catch (error) {
    if (message.kind === 'analyse')
      parentPort?.postMessage({
        kind: 'failed',
        request: message.request,
        message: (error as Error).message,
      } satisfies FromAnalyst);
  }
});

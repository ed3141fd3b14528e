// Where the server's time goes, for the load benchmark: with WORKSHOP_TRACE set, one JSON line on
// stderr per analysis, broadcast and file write.

const tracing = Boolean(process.env['WORKSHOP_TRACE']);

/** The prefix of every trace line, so a reader can tell them from other output. */
export const TRACE_PREFIX = 'trace ';

/** Writes one trace line when tracing is on. */
export function trace(
  kind: 'analysis' | 'broadcast' | 'write' | 'journal' | 'submit',
  fields: Record<string, number>,
): void {
  if (tracing) process.stderr.write(`${TRACE_PREFIX}${JSON.stringify({ kind, ...fields })}\n`);
}

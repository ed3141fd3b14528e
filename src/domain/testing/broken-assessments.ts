/**
 * For tests: fast-check arbitraries of broken and hostile assessments, made by breaking a valid
 * one (the telecom example) in one to three places: a value of the wrong kind, out of range or
 * too long; a key removed; a key added (unknown ids, `__proto__`); text with control and
 * bidirectional characters; deep nesting. `hostileFile` adds the text around it: byte-order
 * marks, cut-off JSON, random bytes.
 */
import fc from 'fast-check';
import example from '../../../examples/telecom-controlled.json';

type Json = unknown;
type Container = Record<string, Json> | Json[];

/** A fresh copy of a valid assessment to break. */
export const validAssessment = (): Record<string, Json> =>
  structuredClone(example) as Record<string, Json>;

/** Characters and sequences that move the cursor, clear the screen or reorder a line. */
export const HOSTILE_PIECES = [
  '\u202e',
  '\u202d',
  '\u202a',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u001b[2J',
  '\u001b]0;owned\u0007',
  '\u0000',
  '\r',
  '\n',
  '\t',
  '\u007f',
  '\u009b31m',
  '\u2028',
  '\uFEFF',
  'مصرف',
] as const;

/** Short text mixing letters with control and bidirectional characters. */
export const hostileText = fc
  .array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...HOSTILE_PIECES)), {
    maxLength: 8,
  })
  .map((parts) => parts.join(''));

const hugeText = fc
  .tuple(fc.constantFrom('x', '\u202e', 'ب', '\u001b'), fc.integer({ min: 200, max: 60_000 }))
  .map(([piece, times]) => piece.repeat(times));

const deepNesting = fc
  .integer({ min: 20, max: 3_000 })
  .map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as Json);

const prototypeKeys = fc.constant(
  JSON.parse(
    '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
  ) as Json,
);

/** A value where another was expected. */
export const badValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, 6, 2.5, -1, 1e21, '2026-Q5', 'AA', 'unknown', '', '   ', 'x'.repeat(201)),
  fc.string({ maxLength: 20 }),
  hostileText,
  hugeText,
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 4 }),
  fc.dictionary(hostileText, fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxKeys: 3 }),
  deepNesting,
  prototypeKeys,
);

/** Every path to a value in a document, the document itself excluded. */
function pathsIn(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, Json][] = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : Object.entries(value);
  return entries.flatMap(([key, item]) => [[...prefix, key], ...pathsIn(item, [...prefix, key])]);
}

const PATHS = pathsIn(validAssessment());

/** The container a path ends in, when it is still there. */
function containerAt(doc: Json, path: readonly (string | number)[]): Container | undefined {
  let current: Json = doc;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, Json>)[key];
  }
  return typeof current === 'object' && current !== null ? (current as Container) : undefined;
}

/** Sets a key as the document's own, `__proto__` included, as `JSON.parse` would. */
function setOwn(container: Container, key: string | number, value: Json): void {
  Object.defineProperty(container, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'replace', 'replace', 'delete', 'add'),
  key: fc.oneof(hostileText, fc.constantFrom('__proto__', 'constructor', 'review.gone', 'x')),
  value: badValue,
});

/** A valid assessment broken in one to three places (it may, rarely, still be valid). */
export const brokenAssessment: fc.Arbitrary<Record<string, Json>> = fc
  .array(mutation, { minLength: 1, maxLength: 3 })
  .map((mutations) => {
    const doc = validAssessment();
    for (const { at, kind, key, value } of mutations) {
      const path = PATHS[at % PATHS.length] ?? [];
      const parent = containerAt(doc, path.slice(0, -1));
      const last = path.at(-1);
      if (!parent || last === undefined) continue;
      if (kind === 'delete' && !Array.isArray(parent)) delete parent[last as string];
      else if (kind === 'add' && !Array.isArray(parent)) setOwn(parent, key, value);
      else setOwn(parent, last, value);
    }
    return doc;
  });

/** Text of a broken or hostile file: a broken assessment, with or without a byte-order mark, cut off, or not JSON at all. */
export const hostileFile: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: brokenAssessment.map((doc) => JSON.stringify(doc)), weight: 6 },
  { arbitrary: brokenAssessment.map((doc) => `\uFEFF${JSON.stringify(doc)}`), weight: 2 },
  {
    arbitrary: fc
      .tuple(brokenAssessment, fc.nat())
      .map(([doc, cut]) => JSON.stringify(doc).slice(0, cut % 4000)),
    weight: 1,
  },
  {
    arbitrary: fc.uint8Array({ maxLength: 2000 }).map((bytes) => new TextDecoder().decode(bytes)),
    weight: 1,
  },
  { arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)), weight: 1 },
  { arbitrary: deepNesting.map((value) => JSON.stringify(value)), weight: 1 },
  { arbitrary: hostileText, weight: 1 },
);

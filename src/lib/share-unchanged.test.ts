import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareUnchanged, sharingWithLast } from './share-unchanged';

const tree = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null)),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), tie('node'), {
      maxKeys: 4,
      noNullPrototype: true,
    }),
  ),
})).node;

/** Every object inside a tree, with where it is. */
function objectsOf(
  value: unknown,
  path = '$',
  out = new Map<string, unknown>(),
): Map<string, unknown> {
  if (value !== null && typeof value === 'object') {
    out.set(path, value);
    for (const [key, child] of Object.entries(value)) objectsOf(child, `${path}.${key}`, out);
  }
  return out;
}

describe('shareUnchanged', () => {
  it('returns a tree equal to the new one, whatever the old one was', () => {
    fc.assert(
      fc.property(tree, tree, (previous, next) => {
        const before = structuredClone(next);
        const shared = shareUnchanged(previous, next);
        expect(shared).toStrictEqual(before);
        expect(next).toStrictEqual(before);
      }),
    );
  });

  it('keeps the old object wherever the new one is deep-equal to it', () => {
    fc.assert(
      fc.property(tree, (previous) => {
        expect(shareUnchanged(previous, structuredClone(previous))).toBe(previous);
      }),
    );
  });

  it('reuses every unchanged part and replaces only the path to a change', () => {
    const previous = {
      rows: [
        { id: 'a', cells: [{ letters: ['R'] }, { letters: [] }] },
        { id: 'b', cells: [{ letters: ['A'] }, { letters: ['C'] }] },
      ],
      width: 800,
    };
    const next = structuredClone(previous);
    next.rows[1]!.cells[1]!.letters = ['A', 'C'];
    const shared = shareUnchanged(previous, next);

    expect(shared).toStrictEqual(next);
    expect(shared).not.toBe(previous);
    expect(shared.rows[0]).toBe(previous.rows[0]);
    expect(shared.rows[1]).not.toBe(previous.rows[1]);
    expect(shared.rows[1]!.cells[0]).toBe(previous.rows[1]!.cells[0]);
    expect(shared.rows[1]!.cells[1]!.letters).toEqual(['A', 'C']);
  });

  it('shares every part of the old tree that is still equal after random edits', () => {
    fc.assert(
      fc.property(tree, tree, (previous, next) => {
        const shared = shareUnchanged(previous, next);
        const old = objectsOf(previous);
        for (const [path, value] of objectsOf(shared)) {
          const was = old.get(path);
          if (was !== undefined && JSON.stringify(was) === JSON.stringify(value))
            expect(value).toBe(was);
        }
      }),
    );
  });

  it('treats an added, removed or renamed key and a longer or shorter array as a change', () => {
    const previous: Record<string, unknown> & { list: number[] } = { a: 1, list: [1, 2] };
    expect(shareUnchanged(previous, { a: 1, list: [1, 2], b: 2 })).not.toBe(previous);
    expect(shareUnchanged(previous, { list: [1, 2] })).not.toBe(previous);
    expect(shareUnchanged(previous, { b: 1, list: [1, 2] })).not.toBe(previous);
    expect(shareUnchanged(previous, { a: 1, list: [1, 2, 3] }).list).not.toBe(previous.list);
    expect(shareUnchanged(previous, { a: 1, list: [1] }).list).toEqual([1]);
  });

  it('shares maps, sets and class instances only when they are the same object', () => {
    const set = new Set([1]);
    const previous = { set, map: new Map([[1, 2]]) };
    const shared = shareUnchanged(previous, { set, map: new Map([[1, 2]]) });
    expect(shared.set).toBe(set);
    expect(shared.map).not.toBe(previous.map);
  });

  it('remembers the last value it was given, for a view model recomputed on every edit', () => {
    const share = sharingWithLast<{ rows: { id: string; n: number }[] }>();
    const first = share({
      rows: [
        { id: 'a', n: 1 },
        { id: 'b', n: 2 },
      ],
    });
    const second = share({
      rows: [
        { id: 'a', n: 1 },
        { id: 'b', n: 3 },
      ],
    });
    expect(second.rows[0]).toBe(first.rows[0]);
    expect(second.rows[1]).toEqual({ id: 'b', n: 3 });
    expect(
      share({
        rows: [
          { id: 'a', n: 1 },
          { id: 'b', n: 3 },
        ],
      }),
    ).toBe(second);
  });
});

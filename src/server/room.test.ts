import { describe, expect, it } from 'vitest';
import { summaryEvent, withJsonKey } from './room';

describe('summaries as text', () => {
  it('add an already serialised value to an object’s JSON without parsing it', () => {
    expect(JSON.parse(withJsonKey({ a: 1 }, 'analysis', '{"b":[2]}'))).toEqual({
      a: 1,
      analysis: { b: [2] },
    });
    expect(JSON.parse(withJsonKey({}, 'x', 'null'))).toEqual({ x: null });
  });

  it('make one server-sent event with the change counter as its id', () => {
    expect(summaryEvent(7, '{"a":1}')).toBe('id: 7\nevent: summary\ndata: {"a":1}\n\n');
  });
});

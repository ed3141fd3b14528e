import { describe, expect, it } from 'vitest';
import { isolate } from './bidi-isolate';

describe('isolating a team name', () => {
  it('wraps the name in a first-strong isolate, so it takes its own direction', () => {
    expect(isolate('Contact Centre')).toBe('\u2068Contact Centre\u2069');
  });
});

import { describe, expect, it } from 'vitest';
import { layoutTeamLoad } from './team-load-layout';

const input = {
  teams: [
    { id: 'ops', label: 'Operations' },
    { id: 'it', label: 'IT' },
    { id: 'risk', label: 'Risk' },
  ],
  results: {
    ops: { load: 12, overloaded: true },
    it: { load: 6, overloaded: false },
    risk: { load: 0, overloaded: false },
  },
  width: 600,
  rtl: false,
};

describe('laying out the team load bars', () => {
  it('draws bars in proportion to load, the largest the longest', () => {
    const [ops, it2, risk] = layoutTeamLoad(input).bars;
    expect(it2?.barWidth).toBeCloseTo((ops?.barWidth ?? 0) / 2);
    expect(risk?.barWidth).toBe(0);
  });

  it('keeps the teams in the order given and flags the overloaded one', () => {
    const { bars } = layoutTeamLoad(input);
    expect(bars.map((b) => [b.team, b.overloaded])).toEqual([
      ['ops', true],
      ['it', false],
      ['risk', false],
    ]);
  });

  it('grows the bars from the right in right-to-left pages', () => {
    const ltr = layoutTeamLoad(input).bars[0];
    const rtl = layoutTeamLoad({ ...input, rtl: true }).bars[0];
    expect(rtl?.barX).toBeCloseTo(600 - (ltr?.barX ?? 0) - (ltr?.barWidth ?? 0));
    expect(rtl?.valueX).toBeLessThan(rtl?.barX ?? 0);
  });
});

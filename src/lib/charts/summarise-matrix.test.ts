import { describe, expect, it } from 'vitest';
import { analyseExample } from './example-analysis';
import { summariseMatrix } from './summarise-matrix';

describe('summarising the RACI matrix', () => {
  it('counts orphaned and contested activities and handoffs, and names the overloaded teams', () => {
    const { analysis, teams } = analyseExample('examples/bank-fragmented.json', 'en');
    expect(
      summariseMatrix(
        analysis,
        teams.map((t) => t.id),
      ),
    ).toEqual({
      activities: 27,
      orphaned: 9,
      contested: 5,
      handoffs: 7,
      overloaded: ['operations', 'it', 'digital-channels'],
    });
  });

  it('finds nothing to report where one control function owns everything', () => {
    const { analysis, teams } = analyseExample('examples/telecom-controlled.json', 'en');
    const summary = summariseMatrix(
      analysis,
      teams.map((t) => t.id),
    );
    expect(summary).toMatchObject({ orphaned: 0, contested: 0, handoffs: 0 });
  });
});

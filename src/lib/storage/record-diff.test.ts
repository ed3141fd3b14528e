import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../domain/new-assessment';
import { loadModel } from '../model/load-model';
import { diffAssessments } from './record-diff';

const model = loadModel();
const blank = () => createAssessment(model, 'en', new Date('2026-11-23T00:00:00Z'));

describe('what differs between two copies of an assessment', () => {
  it('finds nothing between equal copies', () => {
    expect(diffAssessments(blank(), blank())).toEqual([]);
  });

  it('lists each answer, note, RACI cell and field that differs, with both values', () => {
    const mine = blank();
    const theirs = blank();
    mine.maturity['ownership.single-owner'] = 3;
    theirs.maturity['ownership.single-owner'] = 'unknown';
    theirs.notes['data.source'] = 'checked with IT';
    mine.raci['data.source'] = { ccm: 'A', it: 'R' };
    theirs.raci['data.source'] = { ccm: 'A', it: 'C' };
    theirs.raci['data.consent'] = 'unknown';
    theirs.organisation.name = 'Bank';
    theirs.teams = theirs.teams.slice(1);
    expect(diffAssessments(mine, theirs)).toEqual([
      { area: 'answer', id: 'ownership.single-owner', mine: '3', theirs: 'unknown' },
      { area: 'note', id: 'data.source', mine: '', theirs: 'checked with IT' },
      { area: 'raci', id: 'data.source', team: 'it', mine: 'R', theirs: 'C' },
      { area: 'raci', id: 'data.consent', mine: '', theirs: 'unknown' },
      { area: 'field', id: 'organisation.name', mine: '', theirs: 'Bank' },
      { area: 'field', id: 'teams', mine: null, theirs: null },
    ]);
  });
});

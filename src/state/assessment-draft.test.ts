import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { AssessmentDraft } from './assessment-draft.svelte';
import { createAssessment } from '../domain/new-assessment';
import { parseAssessment } from '../domain/schemas/parse-assessment';

const model = {
  version: 'test',
  teams: [
    { id: 'marketing', name: { en: 'Marketing', ar: 'التسويق' } },
    { id: 'ccm', name: { en: 'Control function', ar: 'الوظيفة الرقابية' } },
  ],
};
const draft = (): AssessmentDraft =>
  new AssessmentDraft(createAssessment(model, 'ar', new Date('2026-02-01')));

describe('an assessment draft', () => {
  it('starts with every default team, named in the chosen language, in the current quarter', () => {
    const d = draft();
    expect(d.data.teams).toEqual([
      { id: 'marketing', name: 'التسويق' },
      { id: 'ccm', name: 'الوظيفة الرقابية' },
    ]);
    expect(d.data.period).toBe('2026-Q1');
  });

  it('keeps several letters per cell in R, A, C, I order and clears an emptied activity', () => {
    const d = draft();
    d.toggleLetter('review.approve', 'marketing', 'C');
    d.toggleLetter('review.approve', 'marketing', 'A');
    d.toggleLetter('review.approve', 'marketing', 'R');
    expect(d.data.raci['review.approve']).toEqual({ marketing: 'RAC' });
    for (const l of ['R', 'A', 'C'] as const) d.toggleLetter('review.approve', 'marketing', l);
    expect(d.data.raci['review.approve']).toBeUndefined();
  });

  it('answers "no one" as an empty object and "don\'t know" as unknown, as the file format says', () => {
    const d = draft();
    d.setActivityAnswer('data.source', 'no-one');
    d.setActivityAnswer('data.quality', 'unknown');
    expect(d.data.raci).toEqual({ 'data.source': {}, 'data.quality': 'unknown' });
    d.toggleLetter('data.quality', 'ccm', 'A');
    expect(d.data.raci['data.quality']).toEqual({ ccm: 'A' });
  });

  it('clears a maturity answer so the question is unanswered again', () => {
    const d = draft();
    d.answer('review.timing', 2);
    d.answer('data.quality', 'unknown');
    d.clearAnswer('review.timing');
    expect(d.data.maturity).toEqual({ 'data.quality': 'unknown' });
  });

  it('adds, renames and removes teams; removing one drops its letters', () => {
    const d = draft();
    const id = d.addTeam('  فريق التحصيل ');
    d.renameTeam(id, 'Collections');
    d.toggleLetter('feedback.route', id, 'A');
    d.toggleLetter('feedback.capture', id, 'R');
    d.toggleLetter('feedback.capture', 'ccm', 'A');
    expect(d.teamHasLetters(id)).toBe(true);
    d.removeTeam(id);
    expect(d.data.teams.map((t) => t.id)).toEqual(['marketing', 'ccm']);
    expect(d.data.raci).toEqual({ 'feedback.capture': { ccm: 'A' } });
  });

  it('gives the sponsorship back to the default sponsor when the sponsoring team is removed', () => {
    const d = draft();
    d.data.organisation.sponsor = 'marketing';
    d.removeTeam('ccm');
    expect(d.data.organisation.sponsor).toBe('marketing');
    d.removeTeam('marketing');
    expect(d.data.organisation.sponsor).toBeUndefined();
  });

  it('marks stages and dimensions out of scope and back', () => {
    const d = draft();
    d.setOutOfScope('stages', 'incidents', true);
    expect(d.isOutOfScope('stages', 'incidents')).toBe(true);
    d.setOutOfScope('stages', 'incidents', false);
    expect(d.isOutOfScope('stages', 'incidents')).toBe(false);
  });

  it('keeps the four stages where messages start in scope, whatever is asked', () => {
    const d = draft();
    for (const stage of ['data', 'triggers', 'content', 'review']) {
      expect(AssessmentDraft.canLeaveOut('stages', stage)).toBe(false);
      d.setOutOfScope('stages', stage, true);
      expect(d.isOutOfScope('stages', stage)).toBe(false);
    }
    expect(AssessmentDraft.canLeaveOut('stages', 'feedback')).toBe(true);
    expect(AssessmentDraft.canLeaveOut('dimensions', 'data')).toBe(true);
    expect(parseAssessment(JSON.parse(JSON.stringify(d.data))).ok).toBe(true);
  });

  it('stores a target only where it differs from the default, and forgets them all on reset', () => {
    const d = draft();
    d.setTarget('review', 5, 4);
    d.setTarget('data', 2, 3);
    expect(d.data.targets).toEqual({ review: 5, data: 2 });
    expect(d.hasOwnTargets).toBe(true);
    d.setTarget('review', 4, 4);
    expect(d.data.targets).toEqual({ data: 2 });
    d.resetTargets();
    expect(d.data.targets).toEqual({});
    expect(d.hasOwnTargets).toBe(false);
  });

  it('takes the default sponsor while it is among the teams, and stores only another choice', () => {
    const d = draft();
    expect(d.sponsor('ccm')).toBe('ccm');
    expect(d.sponsor('executive')).toBe('');
    d.setSponsor('marketing', 'ccm');
    expect(d.data.organisation.sponsor).toBe('marketing');
    expect(d.sponsor('ccm')).toBe('marketing');
    d.setSponsor('ccm', 'ccm');
    expect(d.data.organisation.sponsor).toBeUndefined();
  });

  it('counts every change, and a change to a final assessment makes it a draft again', () => {
    const d = draft();
    const before = d.revision;
    d.finish();
    expect(d.data.status).toBe('final');
    d.setNote('review.timing', 'Seen in the Q3 audit');
    expect(d.data.status).toBe('draft');
    expect(d.revision).toBe(before + 2);
    flushSync();
  });

  it('always holds a valid assessment file', () => {
    const d = draft();
    d.addTeam('New team');
    d.toggleLetter('data.source', 'team-1', 'R');
    d.answer('review.timing', 3);
    expect(parseAssessment(JSON.parse(JSON.stringify(d.data))).ok).toBe(true);
  });
});

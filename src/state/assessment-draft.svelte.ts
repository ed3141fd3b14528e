import type { Assessment, MaturityAnswer, Organisation } from '../domain/schemas/assessment';
import { REQUIRED_STAGES } from '../domain/schemas/assessment-values';
import type { Level } from '../domain/schemas/common';

/** One of the four RACI letters. */
export type Letter = 'R' | 'A' | 'C' | 'I';
/** The RACI letters in their usual order. */
export const LETTERS: readonly Letter[] = ['R', 'A', 'C', 'I'];

/** Scope kinds that can be marked out of scope. */
export type ScopeKind = 'stages' | 'dimensions';

/** Letters in R, A, C, I order, without repeats. */
export function normaliseLetters(letters: string): string {
  return LETTERS.filter((l) => letters.includes(l)).join('');
}

/** The assessment being filled in: every change goes through a method, and bumps `revision`. */
export class AssessmentDraft {
  data: Assessment = $state() as Assessment;
  /** Grows with every change; autosave watches it. */
  revision = $state(0);

  constructor(initial: Assessment) {
    this.data = initial;
  }

  #changed(): void {
    // Changing a finished assessment makes it a draft again, so "final" always means reviewed.
    this.data.status = 'draft';
    this.revision += 1;
  }

  /** Marks the assessment final (after the summary). */
  finish(): void {
    this.data.status = 'final';
    this.revision += 1;
  }

  /** Sets one field of the organisation profile. */
  setOrganisation<K extends keyof Organisation>(key: K, value: Organisation[K]): void {
    this.data.organisation[key] = value;
    this.#changed();
  }

  /** Sets the period, e.g. `2026-Q4`. */
  setPeriod(period: string): void {
    this.data.period = period;
    this.#changed();
  }

  /** Adds or removes a value of a list field of the profile (channels, languages). */
  toggleInList(key: 'channels' | 'languages', value: string, on: boolean): void {
    const list = this.data.organisation[key] as string[];
    const has = list.includes(value);
    if (on && !has) list.push(value);
    if (!on && has) list.splice(list.indexOf(value), 1);
    this.#changed();
  }

  /** Whether a stage or dimension is outside what this assessment covers. */
  isOutOfScope(kind: ScopeKind, id: string): boolean {
    return this.data.outOfScope?.[kind]?.includes(id) ?? false;
  }

  /** Whether a stage can be marked out of scope (the required stages never can). */
  static canLeaveOut(kind: ScopeKind, id: string): boolean {
    return kind !== 'stages' || !(REQUIRED_STAGES as readonly string[]).includes(id);
  }

  /** Marks a stage or dimension in or out of scope (its answers are kept); required stages stay in. */
  setOutOfScope(kind: ScopeKind, id: string, out: boolean): void {
    if (out && !AssessmentDraft.canLeaveOut(kind, id)) return;
    const scope = (this.data.outOfScope ??= { stages: [], dimensions: [] });
    const list = (scope[kind] ??= []);
    const has = list.includes(id);
    if (out && !has) list.push(id);
    if (!out && has) list.splice(list.indexOf(id), 1);
    this.#changed();
  }

  /**
   * Sets a dimension's target level. A target equal to the profile's default is not stored, so
   * it follows the default when the sector or regulation changes.
   */
  setTarget(dimensionId: string, level: Level, defaultLevel: Level): void {
    const targets = (this.data.targets ??= {});
    if (level === defaultLevel) delete targets[dimensionId];
    else targets[dimensionId] = level;
    this.#changed();
  }

  /** Whether any dimension has a target of its own (not the profile's default). */
  get hasOwnTargets(): boolean {
    return Object.keys(this.data.targets ?? {}).length > 0;
  }

  /** Drops every target of the assessment's own: all take the profile's defaults again. */
  resetTargets(): void {
    this.data.targets = {};
    this.#changed();
  }

  /** The sponsoring team: the one named, else the default when among the teams; '' for none. */
  sponsor(defaultSponsor: string): string {
    const among = (id: string | undefined): id is string =>
      this.data.teams.some((t) => t.id === id);
    return [this.data.organisation.sponsor, defaultSponsor].find(among) ?? '';
  }

  /** Names the sponsoring team; the model's default sponsor is not stored (it is the default). */
  setSponsor(teamId: string, defaultSponsor: string): void {
    if (teamId === defaultSponsor) delete this.data.organisation.sponsor;
    else this.data.organisation.sponsor = teamId;
    this.#changed();
  }

  /** Records a maturity answer (a level or "don't know"). */
  answer(questionId: string, value: MaturityAnswer): void {
    this.data.maturity[questionId] = value;
    this.#changed();
  }

  /** Clears a maturity answer, so the question is unanswered again. */
  clearAnswer(questionId: string): void {
    delete this.data.maturity[questionId];
    this.#changed();
  }

  /** Sets the note (evidence) on a question or activity; an empty note is removed. */
  setNote(id: string, text: string): void {
    if (text.trim() === '') delete this.data.notes[id];
    else this.data.notes[id] = text;
    this.#changed();
  }

  /** The letters a team holds on an activity ('' when none). */
  letters(activityId: string, teamId: string): string {
    const answer = this.data.raci[activityId];
    return answer && answer !== 'unknown' ? (answer[teamId] ?? '') : '';
  }

  /** Turns one letter on or off for a team on an activity. */
  toggleLetter(activityId: string, teamId: string, letter: Letter): void {
    const current = this.data.raci[activityId];
    const cells = current && current !== 'unknown' ? current : {};
    const had = cells[teamId] ?? '';
    const next = normaliseLetters(had.includes(letter) ? had.replace(letter, '') : had + letter);
    if (next) cells[teamId] = next;
    else delete cells[teamId];
    if (Object.keys(cells).length === 0) delete this.data.raci[activityId];
    else this.data.raci[activityId] = cells;
    this.#changed();
  }

  /** Answers an activity with "no one" or "don't know" (replacing any letters). */
  setActivityAnswer(activityId: string, answer: 'no-one' | 'unknown'): void {
    this.data.raci[activityId] = answer === 'unknown' ? 'unknown' : {};
    this.#changed();
  }

  /** Clears an activity's answer, so it is unanswered again. */
  clearActivity(activityId: string): void {
    delete this.data.raci[activityId];
    this.#changed();
  }

  /** Adds a team with a free name in any language; returns its id. */
  addTeam(name: string): string {
    const ids = this.data.teams.map((t) => t.id);
    let n = 1;
    while (ids.includes(`team-${n}`)) n += 1;
    const id = `team-${n}`;
    this.data.teams.push({ id, name: name.trim() });
    this.#changed();
    return id;
  }

  /** Renames a team. */
  renameTeam(id: string, name: string): void {
    const team = this.data.teams.find((t) => t.id === id);
    if (!team) return;
    team.name = name;
    this.#changed();
  }

  /** Removes a team, its letters and its sponsorship; an activity left with no letters becomes unanswered. */
  removeTeam(id: string): void {
    this.data.teams = this.data.teams.filter((t) => t.id !== id);
    // A sponsor that is no longer a team would make the assessment unsavable: the default takes over.
    if (this.data.organisation.sponsor === id) delete this.data.organisation.sponsor;
    for (const [activityId, answer] of Object.entries(this.data.raci)) {
      if (answer === 'unknown' || !(id in answer)) continue;
      delete answer[id];
      if (Object.keys(answer).length === 0) delete this.data.raci[activityId];
    }
    this.#changed();
  }

  /** Whether a team holds any letter anywhere (removing it would lose answers). */
  teamHasLetters(id: string): boolean {
    return Object.values(this.data.raci).some((a) => a !== 'unknown' && id in a);
  }
}

import { describe, expect, it } from 'vitest';
import type { Action } from '../schemas/action';
import { buildAction as action } from '../testing/fixtures';
import { selectActions } from './select-actions';

const library = [
  action('inventory'),
  action('library', ['inventory']),
  action('log', ['inventory']),
  action('dashboard', ['library', 'log']),
  action('spare'),
];
const only =
  (...ids: string[]) =>
  (a: Action) =>
    ids.includes(a.id);
const summary = (selected: ReturnType<typeof selectActions>) =>
  selected.map((s) => [s.action.id, s.selectedBy, s.requiredBy, s.prerequisitesInPlace]);

describe('selectActions', () => {
  it('chooses the actions whose conditions hold, in library order', () => {
    expect(summary(selectActions(library, only('spare', 'inventory'), {}))).toEqual([
      ['inventory', 'conditions', [], []],
      ['spare', 'conditions', [], []],
    ]);
  });

  it('says which chosen actions need a chosen one first', () => {
    expect(summary(selectActions(library, only('inventory', 'library', 'log'), {}))).toEqual([
      ['inventory', 'conditions', ['library', 'log'], []],
      ['library', 'conditions', [], []],
      ['log', 'conditions', [], []],
    ]);
  });

  it('takes a prerequisite whose conditions do not hold as already in place, and does not pull it in', () => {
    expect(summary(selectActions(library, only('dashboard', 'log'), {}))).toEqual([
      ['log', 'conditions', ['dashboard'], ['inventory']],
      ['dashboard', 'conditions', [], ['library']],
    ]);
  });

  it('keeps an action the assessment marks in progress or done even when its conditions no longer hold', () => {
    expect(
      summary(
        selectActions(library, only(), {
          spare: 'done',
          inventory: 'in-progress',
          log: 'not-started',
        }),
      ),
    ).toEqual([
      ['inventory', 'status', [], []],
      ['spare', 'status', [], []],
    ]);
  });
});

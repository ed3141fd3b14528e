import { describe, expect, it } from 'vitest';
import fixture from './fixtures/assessment-2026.1.json';
import { isOlderModelVersion, migrateModelVersion } from './model-versions';

const taken2026_1 = (): Record<string, unknown> => structuredClone(fixture);

describe('migrating an assessment taken with an older model version', () => {
  it('brings 2026.1 to 2026.2 with data, triggers, content and review back in scope', () => {
    const migrated = migrateModelVersion(taken2026_1());
    expect(migrated['modelVersion']).toBe('2026.2');
    expect(migrated['outOfScope']).toEqual({ stages: ['incidents'], dimensions: ['centricity'] });
  });

  it('changes nothing else', () => {
    const { modelVersion: _v, outOfScope: _s, ...before } = taken2026_1();
    const { modelVersion: _w, outOfScope: _t, ...after } = migrateModelVersion(taken2026_1());
    expect(after).toEqual(before);
  });

  it('leaves the document it was given as it was', () => {
    const doc = taken2026_1();
    migrateModelVersion(doc);
    expect(doc).toEqual(fixture);
  });

  it('leaves a scope it cannot read for the schema to report', () => {
    for (const outOfScope of [undefined, null, 'data', { stages: 'data' }]) {
      const migrated = migrateModelVersion({ ...taken2026_1(), outOfScope });
      expect(migrated['outOfScope']).toEqual(outOfScope);
      expect(migrated['modelVersion']).toBe('2026.2');
    }
  });

  it('leaves an assessment of the current or an unknown model version untouched', () => {
    for (const modelVersion of ['2026.2', '2031.4', 7]) {
      const doc = { ...taken2026_1(), modelVersion };
      expect(migrateModelVersion(doc)).toBe(doc);
    }
  });

  it('knows 2026.1 as an older version, and neither the current one nor an invented one', () => {
    expect(isOlderModelVersion('2026.1')).toBe(true);
    expect(isOlderModelVersion('2026.2')).toBe(false);
    expect(isOlderModelVersion('toString')).toBe(false);
  });
});

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import flags from '../../../data/flags.json';
import { FLAG_IDS, FlagCatalogueSchema } from './flag';

describe('FlagCatalogueSchema', () => {
  it('accepts the catalogue in data/flags.json', () => {
    expect(v.safeParse(FlagCatalogueSchema, flags.flags).success).toBe(true);
  });

  it('refuses a catalogue that leaves a flag out', () => {
    const { orphaned: _, ...rest } = flags.flags;
    expect(v.safeParse(FlagCatalogueSchema, rest).success).toBe(false);
  });

  it('refuses an unknown severity', () => {
    const broken = { ...flags.flags, diffuse: { ...flags.flags.diffuse, severity: 'severe' } };
    expect(v.safeParse(FlagCatalogueSchema, broken).success).toBe(false);
  });

  it('gives every flag a name and an explanation in both languages', () => {
    const catalogue = v.parse(FlagCatalogueSchema, flags.flags);
    for (const id of FLAG_IDS) {
      expect(catalogue[id].name.ar).not.toBe(catalogue[id].name.en);
      expect(catalogue[id].explanation.ar.length).toBeGreaterThan(20);
    }
  });
});

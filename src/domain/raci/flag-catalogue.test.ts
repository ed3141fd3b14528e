import { describe, expect, it } from 'vitest';
import { ProblemError } from '../schemas/problems';
import { buildModel } from '../testing/fixtures';
import { readFlagCatalogue } from './flag-catalogue';

describe('readFlagCatalogue', () => {
  it('reads the words and severity of every flag from the model', () => {
    expect(readFlagCatalogue(buildModel()).orphaned.severity).toBe('critical');
  });

  it('refuses a model without flags, naming the missing flag', () => {
    expect(() => readFlagCatalogue(buildModel({ flags: {} }))).toThrow(ProblemError);
    expect(() => readFlagCatalogue(buildModel({ flags: {} }))).toThrow(
      /flags\.orphaned: is missing/,
    );
  });
});

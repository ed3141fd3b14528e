import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ResponseFileSchema, responseFileOf } from './response-file';

describe('a workshop response file', () => {
  const file = responseFileOf(
    '2026.1',
    { organisation: 'Example Bank', period: '2026-Q4', code: 'K7QD2MXP' },
    {
      participant: 'p-1',
      team: 'marketing',
      role: 'staff',
      maturity: { 'review.timing': 2 },
      raci: { 'review.approve': { marketing: 'A' } },
    },
  );

  it('reads back exactly as written, through JSON', () => {
    const read = v.safeParse(ResponseFileSchema, JSON.parse(JSON.stringify(file)));
    expect(read.success && read.output).toEqual(file);
  });

  it('refuses a file of another format or a newer version', () => {
    expect(v.safeParse(ResponseFileSchema, { ...file, format: 'ccm-assessment' }).success).toBe(
      false,
    );
    expect(v.safeParse(ResponseFileSchema, { ...file, formatVersion: 2 }).success).toBe(false);
  });
});

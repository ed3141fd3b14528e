import { describe, expect, it } from 'vitest';
import { groupRole, UNSPECIFIED_ROLE } from './participant-role';

describe('groupRole', () => {
  it('reads the known roles whatever their case and spacing', () => {
    expect(groupRole(' Leadership ')).toBe('leadership');
    expect(groupRole('STAFF')).toBe('staff');
  });

  it('keeps a free-text role as written, trimmed', () => {
    expect(groupRole('  مدير  الفرع ')).toBe('مدير الفرع');
  });

  it('puts participants without a role in the unspecified group', () => {
    expect(groupRole(undefined)).toBe(UNSPECIFIED_ROLE);
    expect(groupRole('   ')).toBe(UNSPECIFIED_ROLE);
  });
});

import type { Actor, Role } from '../actor';
import { defaultRoundId, roundCreationRefusal, roundYears } from './round';

describe('a budget round', () => {
  it('covers the budget year and the years after it', () => {
    expect(roundYears({ firstYear: 2026, lastYear: 2029 })).toEqual([2026, 2027, 2028, 2029]);
    expect(roundYears({ firstYear: 2026, lastYear: 2026 })).toEqual([2026]);
  });

  it('has a conventional id', () => {
    expect(defaultRoundId(2026, 2029)).toBe('budget-2026-2029');
  });

  it('is opened by coordinators only', () => {
    const actor = (role: Role): Actor => ({ id: 'x', role, partyGroups: [] });
    expect(roundCreationRefusal(actor('coordinator'))).toBeNull();
    for (const role of ['partyGroupMember', 'administration', 'systemAdministrator'] as const) {
      expect(roundCreationRefusal(actor(role))).toEqual({
        code: 'forbidden',
        message: 'Kun koordinatorerne kan oprette budgetrunder',
      });
    }
  });
});

import type { Actor } from '../actor';
import { lifecycleStates } from '../lifecycle/states';
import { stanceRefusal, stancesOpen } from './stance-rule';

const member = (...partyGroups: string[]): Actor => ({
  id: 'emma',
  role: 'partyGroupMember',
  partyGroups,
});
const coordinator: Actor = { id: 'karen', role: 'coordinator', partyGroups: [] };

describe("recording a party group's stance", () => {
  it('is open from submission until the initiative ends', () => {
    expect(lifecycleStates.filter(stancesOpen)).toEqual([
      'submitted',
      'inReview',
      'costed',
      'inNegotiation',
    ]);
  });

  it('lets a member speak for their own party group only, and a coordinator for any', () => {
    expect(stanceRefusal(member('Enhedslisten', 'SF'), 'costed', 'SF')).toBeNull();
    expect(stanceRefusal(coordinator, 'inNegotiation', 'Venstre')).toBeNull();
    expect(stanceRefusal(member('Enhedslisten'), 'costed', 'Venstre')).toEqual({
      code: 'forbidden',
      message: 'Du kan kun angive holdningen for din egen partigruppe, ikke for Venstre',
    });
    for (const role of ['administration', 'systemAdministrator'] as const) {
      expect(stanceRefusal({ id: 'x', role, partyGroups: [] }, 'costed', 'SF')?.code).toBe(
        'forbidden',
      );
    }
  });

  it('refuses drafts and ended initiatives with the reason', () => {
    expect(stanceRefusal(member('SF'), 'draft', 'SF')).toEqual({
      code: 'invalidState',
      message:
        'Forslaget er en kladde: partiernes holdninger kan først angives, når det er indsendt',
    });
    expect(stanceRefusal(coordinator, 'included', 'SF')).toEqual({
      code: 'invalidState',
      message: 'Forslaget er afsluttet (Med i budgetaftalen): holdningerne kan ikke længere ændres',
    });
  });
});

import type { Actor } from '../actor';
import { stanceVersionLabel } from './package-stance';
import { stanceSpeakerRefusal } from './stance-rule';

describe("a party group's stance on a package", () => {
  it('is marked when it was given on an earlier version than the latest', () => {
    expect(stanceVersionLabel(3, 3)).toBeNull();
    expect(stanceVersionLabel(1, 3)).toBe('Angivet på version 1');
  });

  it('is given by the group itself or a coordinator, as on initiatives', () => {
    const member: Actor = { id: 'emma', role: 'partyGroupMember', partyGroups: ['SF'] };
    expect(stanceSpeakerRefusal(member, 'SF')).toBeNull();
    expect(stanceSpeakerRefusal(member, 'Venstre')?.code).toBe('forbidden');
    expect(stanceSpeakerRefusal({ id: 'k', role: 'coordinator', partyGroups: [] }, 'V')).toBeNull();
    expect(
      stanceSpeakerRefusal({ id: 'a', role: 'administration', partyGroups: [] }, 'SF')?.code,
    ).toBe('forbidden');
  });
});

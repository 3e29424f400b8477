import type { Role } from '@budgetflow/domain';

/**
 * Someone a test acts as: a person of the directory, who acts through a real session of their own
 * (see sessions.ts). The API takes who acts from the session only, never from the request.
 */
export interface TestActor {
  readonly id: string;
  readonly role: Role;
  readonly partyGroups: readonly string[];
}

const person = (id: string, role: Role, partyGroups: readonly string[] = []): TestActor => ({
  id,
  role,
  partyGroups,
});

export const as = {
  party: (...partyGroups: string[]): TestActor =>
    person(`medlem-${partyGroups.join('-').toLowerCase()}`, 'partyGroupMember', partyGroups),
  administration: person('embedsmand', 'administration'),
  coordinator: person('koordinator', 'coordinator'),
  systemAdministrator: person('sysadm', 'systemAdministrator'),
  /** Anyone else: a person of the given role, and party groups for a party group member. */
  person,
};

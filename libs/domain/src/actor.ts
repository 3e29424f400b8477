import type { FinancingArea } from './initiative/financing';

/** Who acts: a party group member, an official of the administration, a coordinator, or a system administrator. */
export const roles = [
  'partyGroupMember',
  'administration',
  'coordinator',
  'systemAdministrator',
] as const;
export type Role = (typeof roles)[number];

export interface Actor {
  readonly id: string;
  readonly role: Role;
  /** The party groups a member belongs to (short names, e.g. "Ø", or names); empty for other roles. */
  readonly partyGroups: readonly string[];
  /**
   * For the administration: the financing areas this reviewer reviews and costs. Absent or empty
   * means every area.
   */
  readonly reviewAreas?: readonly FinancingArea[];
}

export const roleLabels: Record<Role, string> = {
  partyGroupMember: 'partigruppemedlem',
  administration: 'administrationen',
  coordinator: 'koordinator',
  systemAdministrator: 'systemadministrator',
};

import type { Role } from '@budgetflow/domain';
import {
  AccountAdministrationRepository,
  AccountRepository,
  type PartyGroup,
} from '@budgetflow/persistence';
import type { DataSource } from 'typeorm';
import { hashPassword, verifyPassword } from '../auth/passwords';

export interface BootstrapPerson {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly role: Role;
  readonly partyGroups: readonly string[];
  readonly password: string;
}

/**
 * Puts party groups and people with passwords straight into the database, audited with no acting
 * user: the first system administrator cannot be made through the API, which needs one. Run
 * again, it changes only what differs, and sets a password only when the stored one is another.
 */
export async function bootstrapAccounts(
  dataSource: DataSource,
  wanted: { partyGroups: readonly PartyGroup[]; people: readonly BootstrapPerson[] },
): Promise<void> {
  const administration = new AccountAdministrationRepository(dataSource);
  const accounts = new AccountRepository(dataSource);
  for (const group of wanted.partyGroups) await administration.savePartyGroup(group, null);
  for (const { id, password, ...settings } of wanted.people) {
    const saved = await administration.save(
      id,
      (previous) => ({
        ...settings,
        reviewAreas: settings.role === 'administration' ? (previous?.reviewAreas ?? []) : [],
        active: true,
      }),
      null,
    );
    if (saved.outcome !== 'saved') throw new Error(`${id} could not be saved: ${saved.outcome}`);
    const stored = (await accounts.findById(id))?.passwordHash ?? null;
    if (stored && (await verifyPassword(stored, password))) continue;
    await administration.resetPassword(id, await hashPassword(password), null, { bootstrap: true });
  }
}

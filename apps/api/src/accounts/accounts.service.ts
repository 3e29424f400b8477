import { type Actor, roleLabels } from '@budgetflow/domain';
import {
  AccountAdministrationRepository,
  type AccountSettings,
  type AccountSummary,
  type PartyGroup,
} from '@budgetflow/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../auth/passwords';
import { conflict, notFound, invalidFields } from '../http/problem';
import type { AccountBody } from '@budgetflow/domain';

/** A person as the API shows them. */
export function accountView(account: AccountSummary) {
  return { ...account, roleLabel: roleLabels[account.role] };
}

/**
 * The system administrators' work on people and party groups. Who may call it is the guard's
 * business (libs/domain's operation table); every change is audited with the acting user.
 */
@Injectable()
export class AccountsService {
  constructor(
    @Inject(AccountAdministrationRepository)
    private readonly accounts: AccountAdministrationRepository,
  ) {}

  async saveUser(
    actor: Actor,
    id: string,
    body: AccountBody,
  ): Promise<{ account: AccountSummary; created: boolean }> {
    const settingsFor = (previous: AccountSettings | null): AccountSettings => ({
      name: body.name,
      email: body.email,
      role: body.role,
      partyGroups: body.partyGroups,
      reviewAreas:
        body.role === 'administration' ? (body.reviewAreas ?? previous?.reviewAreas ?? []) : [],
      active: body.active ?? previous?.active ?? true,
    });
    const saved = await this.accounts.save(id, settingsFor, actor.id);
    switch (saved.outcome) {
      case 'saved':
        return saved;
      case 'unknownPartyGroups':
        throw unknownPartyGroups(body.partyGroups, saved.names);
      case 'emailTaken':
        throw conflict(
          `E-mailadressen ${body.email} bruges allerede af en anden bruger`,
          'emailTaken',
        );
      case 'lastSystemAdministrator':
        throw conflict(
          'Der skal være mindst én aktiv systemadministrator; udnævn en anden først',
          'lastSystemAdministrator',
        );
    }
  }

  /**
   * Gives a person a new password (the one chosen, or a temporary one returned once), lifts a
   * lock-out and ends the person's sessions. The password is neither logged nor audited.
   */
  async resetPassword(
    actor: Actor,
    id: string,
    chosen: string | undefined,
  ): Promise<{ temporaryPassword: string | null }> {
    if (!(await this.accounts.find(id))) throw notFound('Brugeren findes ikke');
    const password = chosen ?? temporaryPassword();
    const done = await this.accounts.resetPassword(id, await hashPassword(password), actor.id, {
      temporary: chosen === undefined,
    });
    if (!done) throw notFound('Brugeren findes ikke');
    return { temporaryPassword: chosen === undefined ? password : null };
  }

  async savePartyGroup(actor: Actor, group: PartyGroup) {
    return this.accounts.savePartyGroup(group, actor.id);
  }
}

/** 120 random bits as 20 letters, digits, "-" and "_". */
function temporaryPassword(): string {
  return randomBytes(15).toString('base64url');
}

function unknownPartyGroups(given: readonly string[], unknown: readonly string[]) {
  const errors = unknown.map((name) => ({
    field: `partyGroups.${given.indexOf(name)}`,
    message: `Partigruppen "${name}" findes ikke`,
  }));
  return invalidFields(errors);
}

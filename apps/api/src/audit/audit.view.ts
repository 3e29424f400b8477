import { commandLabels, roleLabels, stateLabels } from '@budgetflow/domain';
import type { AccountAction, AuditAccountEvent, AuditStep } from '@budgetflow/persistence';

export const accountActionLabels: Record<AccountAction, string> = {
  signedIn: 'Logget ind',
  signInFailed: 'Mislykket login',
  lockedOut: 'Konto låst efter for mange forkerte adgangskoder',
  signedOut: 'Logget ud',
  passwordReset: 'Adgangskode nulstillet',
  passwordChanged: 'Adgangskode skiftet',
  passwordChangeFailed: 'Forkert nuværende adgangskode ved skift',
  userSaved: 'Bruger ændret',
  partyGroupSaved: 'Partigruppe ændret',
};

/**
 * One entry of the audit view. Both kinds share kind, key, at, actor and label (what happened, in
 * Danish); a step adds the initiative and its states, an account event its target and detail.
 */
export function auditEntryView(entry: AuditStep | AuditAccountEvent) {
  if (entry.kind === 'step') {
    const commandLabel = commandLabels[entry.command];
    return {
      kind: entry.kind,
      key: entry.key,
      at: entry.at,
      actor: { ...entry.actor, roleLabel: roleLabels[entry.actor.role] },
      label: `Forslag ${entry.number}: ${commandLabel}`,
      round: entry.roundId,
      number: entry.number,
      command: entry.command,
      commandLabel,
      from: entry.from,
      fromLabel: entry.from ? stateLabels[entry.from] : null,
      to: entry.to,
      toLabel: stateLabels[entry.to],
      comment: entry.comment,
    };
  }
  return {
    kind: entry.kind,
    key: entry.key,
    at: entry.at,
    actor: entry.actor,
    label: accountLabel(entry),
    action: entry.action,
    target: entry.target,
    detail: entry.detail,
  };
}

function accountLabel(entry: AuditAccountEvent): string {
  const created = entry.detail?.['created'] !== undefined;
  if (entry.action === 'userSaved' && created) return 'Bruger oprettet';
  if (entry.action === 'partyGroupSaved' && created) return 'Partigruppe oprettet';
  return accountActionLabels[entry.action];
}

import type { Initiative, TransitionRecord } from '../lifecycle/initiative';
import type { InitiativeRef, NotificationEvent } from './events';

export function initiativeRef(initiative: Initiative): InitiativeRef {
  const { submittedBy } = initiative.form;
  return {
    number: initiative.number,
    title: initiative.form.title,
    partyGroups: submittedBy.kind === 'partyGroups' ? submittedBy.partyGroups : [],
  };
}

/**
 * What people are told about a recorded step. Drafts are the party's own business, so creating
 * and editing one tells nobody; the target's half of a merge is told as part of the merge.
 */
export function transitionNotification(
  workflowId: string,
  initiative: Initiative,
  record: TransitionRecord,
  mergeTarget: InitiativeRef | null,
): NotificationEvent | null {
  if (record.command === 'create' || record.command === 'editDraft' || record.command === 'absorb')
    return null;
  const base = {
    key: `transition/${workflowId}/${record.seq}`,
    roundId: initiative.roundId,
    at: record.at,
    actorId: record.actor.id,
  };
  if (record.command === 'merge') {
    return {
      ...base,
      kind: 'merged',
      source: initiativeRef(initiative),
      target: mergeTarget ?? { number: initiative.mergedInto ?? '', title: '', partyGroups: [] },
    };
  }
  return {
    ...base,
    kind: 'stateChanged',
    initiative: initiativeRef(initiative),
    command: record.command,
    from: record.from,
    to: record.to,
    ...(record.command === 'submit' && initiative.submittedLate ? { late: true } : {}),
  };
}

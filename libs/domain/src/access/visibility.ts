import type { Actor } from '../actor';
import type { Initiative } from '../lifecycle/initiative';
import type { LifecycleState } from '../lifecycle/states';

/** What visibility needs to know of an initiative: the read model has it without the document. */
export interface VisibleShape {
  readonly state: LifecycleState;
  readonly partyGroups: readonly string[];
  readonly byAdministration: boolean;
}

/**
 * A draft is its submitters' own: only the members of its party groups (the administration, for
 * its own proposals) see it. Once submitted, every signed-in user sees it. Not even coordinators
 * see another's draft: a party's unfinished proposals are its political business.
 */
export function canSee(actor: Actor, initiative: VisibleShape): boolean {
  if (initiative.state !== 'draft') return true;
  if (initiative.byAdministration) return actor.role === 'administration';
  return (
    actor.role === 'partyGroupMember' &&
    initiative.partyGroups.some((group) => actor.partyGroups.includes(group))
  );
}

/** For lists and totals: which drafts a reader may count in, as a filter the read model applies. */
export interface DraftScope {
  /** The party groups whose drafts are visible. */
  readonly partyGroups: readonly string[];
  /** Whether the administration's own drafts are visible. */
  readonly administrationDrafts: boolean;
}

export function draftScope(actor: Actor): DraftScope {
  return {
    partyGroups: actor.role === 'partyGroupMember' ? actor.partyGroups : [],
    administrationDrafts: actor.role === 'administration',
  };
}

/** canSee for a whole initiative. */
export function canSeeInitiative(actor: Actor, initiative: Initiative): boolean {
  const { submittedBy } = initiative.form;
  return canSee(actor, {
    state: initiative.state,
    partyGroups: submittedBy.kind === 'partyGroups' ? submittedBy.partyGroups : [],
    byAdministration: submittedBy.kind === 'administration',
  });
}

import type { Actor } from '../actor';
import { refusal, type Refusal } from '../lifecycle/refusal';
import { isTerminal, type LifecycleState, stateLabels } from '../lifecycle/states';

/**
 * Whether party groups' stances on an initiative can be recorded: once it is submitted (a draft
 * is its party's own business) and until it has ended. Recorded stances stay readable after.
 */
export function stancesOpen(state: LifecycleState): boolean {
  return state !== 'draft' && !isTerminal(state);
}

/**
 * Why this actor may not speak for this party group, on anything (an initiative, a package), or
 * null. A member speaks for their own party group only; a coordinator records any group's, as
 * the parties state it at the negotiation table.
 */
export function stanceSpeakerRefusal(actor: Actor, partyGroup: string): Refusal | null {
  if (actor.role === 'partyGroupMember') {
    return actor.partyGroups.includes(partyGroup)
      ? null
      : refusal(
          'forbidden',
          `Du kan kun angive holdningen for din egen partigruppe, ikke for ${partyGroup}`,
        );
  }
  return actor.role === 'coordinator'
    ? null
    : refusal('forbidden', 'Kun partigrupperne og koordinatorerne angiver holdninger');
}

/**
 * Why this actor may not record this party group's stance on an initiative in this state, or
 * null: the speaker's rule, and the initiative open for stances.
 */
export function stanceRefusal(
  actor: Actor,
  state: LifecycleState,
  partyGroup: string,
): Refusal | null {
  const speaker = stanceSpeakerRefusal(actor, partyGroup);
  if (speaker) return speaker;
  if (state === 'draft') {
    return refusal(
      'invalidState',
      'Forslaget er en kladde: partiernes holdninger kan først angives, når det er indsendt',
    );
  }
  if (isTerminal(state)) {
    return refusal(
      'invalidState',
      `Forslaget er afsluttet (${stateLabels[state]}): holdningerne kan ikke længere ændres`,
    );
  }
  return null;
}

/**
 * The lifecycle of an initiative: draft → submitted → in administrative review → costed → in
 * negotiation → included, or merged into another initiative, rejected or withdrawn.
 */
export const lifecycleStates = [
  'draft',
  'submitted',
  'inReview',
  'costed',
  'inNegotiation',
  'included',
  'merged',
  'rejected',
  'withdrawn',
] as const;
export type LifecycleState = (typeof lifecycleStates)[number];

export const terminalStates: readonly LifecycleState[] = [
  'included',
  'merged',
  'rejected',
  'withdrawn',
];

export function isTerminal(state: LifecycleState): boolean {
  return terminalStates.includes(state);
}

export const stateLabels: Record<LifecycleState, string> = {
  draft: 'Kladde',
  submitted: 'Indsendt',
  inReview: 'Til administrativ behandling',
  costed: 'Prisfastsat',
  inNegotiation: 'Til forhandling',
  included: 'Med i budgetaftalen',
  merged: 'Indarbejdet i andet forslag',
  rejected: 'Afvist',
  withdrawn: 'Trukket tilbage',
};

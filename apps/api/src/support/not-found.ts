import { notFound } from '../http/problem';

export function unknownRound(roundId: string) {
  return notFound(`Budgetrunden ${roundId} findes ikke`);
}

/** The same words as for an initiative that does not exist: another party's draft is one. */
export function unknownInitiative(roundId: string, number: string) {
  return notFound(`Forslag ${number} findes ikke i budgetrunden ${roundId}`);
}

export function unknownPartyGroup(name: string) {
  return notFound(`Partigruppen ${name} findes ikke`);
}

import type { Stance } from '@budgetflow/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { InitiativeStance, RoundSeats, SupportGrid } from './types';

// Support and majority: the council's seats in the round, the party groups' stances on the
// initiatives, and the grid of both. Everyone signed in reads them; a member sets their own
// party group's stance, a coordinator any group's and the seats.

const roundPath = (roundId: string) => `/rounds/${encodeURIComponent(roundId)}`;

export function useSupportGrid(roundId: string) {
  return useQuery({
    queryKey: ['rounds', roundId, 'support'],
    queryFn: ({ signal }) => api<SupportGrid>('GET', `${roundPath(roundId)}/support`, { signal }),
  });
}

export function useSeats(roundId: string) {
  return useQuery({
    queryKey: ['rounds', roundId, 'seats'],
    queryFn: ({ signal }) => api<RoundSeats>('GET', `${roundPath(roundId)}/seats`, { signal }),
  });
}

/** The body of PUT /rounds/{r}/seats: the whole set; a party group left out holds no seats. */
export interface SeatsRequest {
  readonly seats: readonly { readonly partyGroup: string; readonly seats: number }[];
}

/**
 * Sets the council's seats (coordinators only). Every majority is counted from them, so the
 * grid and the packages are read anew.
 */
export function useSaveSeats(roundId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: SeatsRequest; idempotencyKey: string }) =>
      api<RoundSeats>('PUT', `${roundPath(roundId)}/seats`, { body, idempotencyKey }),
    onSuccess: (seats) => {
      client.setQueryData(['rounds', roundId, 'seats'], seats);
      return Promise.all([
        client.invalidateQueries({ queryKey: ['rounds', roundId, 'support'] }),
        client.invalidateQueries({ queryKey: ['rounds', roundId, 'packages'] }),
      ]);
    },
  });
}

/** A stance as it is sent, for an initiative or a package. */
export interface StanceChange {
  readonly partyGroup: string;
  readonly body: { readonly stance: Stance; readonly comment?: string };
  readonly idempotencyKey: string;
}

/** A party group's stance on an initiative; the grid is read anew with its new majority. */
export function useSetStance(roundId: string, number: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ partyGroup, body, idempotencyKey }: StanceChange) =>
      api<InitiativeStance>(
        'PUT',
        `${roundPath(roundId)}/initiatives/${encodeURIComponent(number)}/stances/${encodeURIComponent(partyGroup)}`,
        { body, idempotencyKey },
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['rounds', roundId, 'support'] }),
  });
}

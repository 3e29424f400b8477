import type { FinancingArea } from '@budgetflow/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Frames, PartyGroup, Round, RoundCalendar } from './types';

export function useRounds() {
  return useQuery({
    queryKey: ['rounds'],
    queryFn: () => api<Round[]>('GET', '/rounds'),
    staleTime: 5 * 60_000,
  });
}

export function useRound(roundId: string) {
  return useQuery({
    queryKey: ['rounds', roundId],
    queryFn: () => api<Round>('GET', `/rounds/${encodeURIComponent(roundId)}`),
    staleTime: 5 * 60_000,
  });
}

export function useCalendar(roundId: string) {
  return useQuery({
    queryKey: ['rounds', roundId, 'calendar'],
    queryFn: () => api<RoundCalendar>('GET', `/rounds/${encodeURIComponent(roundId)}/calendar`),
  });
}

export function useFrames(roundId: string) {
  return useQuery({
    queryKey: ['rounds', roundId, 'frames'],
    queryFn: () => api<Frames>('GET', `/rounds/${encodeURIComponent(roundId)}/frames`),
  });
}

export function usePartyGroups() {
  return useQuery({
    queryKey: ['party-groups'],
    queryFn: () => api<{ items: PartyGroup[] }>('GET', '/party-groups'),
    staleTime: 5 * 60_000,
    select: (answer) => answer.items,
  });
}

/** The body of PUT /rounds/{r}/frames: the whole set, amounts in mio. kr.; no entry, no frame. */
export interface FramesRequest {
  readonly frames: readonly { year: number; area: FinancingArea; amount: number }[];
}

/**
 * Sets the round's frames, the whole set at once (coordinators only). The board's table and chart
 * read the frames query, so it is refreshed once the API has them.
 */
export function useSaveFrames(roundId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: FramesRequest; idempotencyKey: string }) =>
      api<Frames>('PUT', `/rounds/${encodeURIComponent(roundId)}/frames`, { body, idempotencyKey }),
    onSuccess: (frames) => {
      client.setQueryData(['rounds', roundId, 'frames'], frames);
      return client.invalidateQueries({ queryKey: ['rounds', roundId, 'frames'] });
    },
  });
}

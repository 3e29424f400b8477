import { useQuery } from '@tanstack/react-query';
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

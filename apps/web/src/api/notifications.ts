import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from './client';
import type { Deadline, Inbox } from './types';

export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: () => api<{ unread: number }>('GET', '/me/notifications/unread-count'),
    enabled,
    refetchInterval: 30_000,
  });
}

export function useInbox(page = 1) {
  return useQuery({
    queryKey: ['notifications', 'inbox', page],
    queryFn: () =>
      api<Inbox>('GET', `/me/notifications${query({ limit: 50, offset: (page - 1) * 50 })}`),
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string | 'all') =>
      api<unknown>(
        'POST',
        id === 'all' ? '/me/notifications/read-all' : `/me/notifications/${id}/read`,
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function useMyDeadlines() {
  return useQuery({
    queryKey: ['me', 'deadlines'],
    queryFn: () => api<Deadline[]>('GET', '/me/deadlines'),
  });
}

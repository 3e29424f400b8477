import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiProblem, rememberCsrfToken } from './client';
import type { Session } from './types';

const sessionKey = ['session'] as const;

/** Who is signed in; null when nobody is (the API answers 401). */
export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async (): Promise<Session | null> => {
      try {
        const session = await api<Session>('GET', '/auth/session');
        rememberCsrfToken(session.csrfToken);
        return session;
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 401) {
          rememberCsrfToken(null);
          return null;
        }
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { login: string; password: string }) =>
      api<Omit<Session, 'passwordSignIn'>>('POST', '/auth/sign-in', { body: credentials }),
    onSuccess: (session) => {
      rememberCsrfToken(session.csrfToken);
      client.clear();
      // Signed in with a password: the person has one of Budgetflow's.
      client.setQueryData<Session>(sessionKey, { ...session, passwordSignIn: true });
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('POST', '/auth/sign-out'),
    onSettled: () => {
      rememberCsrfToken(null);
      client.clear();
      client.setQueryData(sessionKey, null);
    },
  });
}

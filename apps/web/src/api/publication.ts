import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

/** GET /rounds/{r}/publication: whether the administration's work waits for a release. */
export interface Publication {
  readonly roundId: string;
  readonly holdBack: boolean;
  readonly releasedUntil: string | null;
  readonly releasedUntilText: string | null;
  readonly releases: readonly { at: string; atText: string; by: string }[];
  readonly notice: string | null;
}

const key = (roundId: string) => ['rounds', roundId, 'publication'];
const path = (roundId: string) => `/rounds/${encodeURIComponent(roundId)}/publication`;

export function usePublication(roundId: string) {
  return useQuery({
    queryKey: key(roundId),
    queryFn: () => api<Publication>('GET', path(roundId)),
  });
}

/**
 * Whatever changes the publication changes what every reader may see of the initiatives: the
 * round's lists and pages are read again.
 */
function usePublicationChange<Variables>(
  roundId: string,
  send: (variables: Variables) => Promise<Publication>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (publication) => {
      client.setQueryData(key(roundId), publication);
      return client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
    },
  });
}

/** Holds the administration's work back until a release, or publishes it as it comes. */
export function useSetHoldBack(roundId: string) {
  return usePublicationChange(
    roundId,
    ({ holdBack, idempotencyKey }: { holdBack: boolean; idempotencyKey: string }) =>
      api<Publication>('PUT', path(roundId), { body: { holdBack }, idempotencyKey }),
  );
}

/** Releases everything recorded until now to every party group at once. */
export function useRelease(roundId: string) {
  return usePublicationChange(roundId, ({ idempotencyKey }: { idempotencyKey: string }) =>
    api<Publication>('POST', `${path(roundId)}/releases`, { body: {}, idempotencyKey }),
  );
}

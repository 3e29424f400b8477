import type { packageSchema } from '@budgetflow/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from './client';
import type { StanceChange } from './support';
import type {
  Majority,
  NegotiationPackage,
  PackageComparison,
  PackageList,
  PackageVersions,
} from './types';

// The round's negotiation packages: everyone signed in reads them, coordinators save and restore.
// Every save is a new version, so every view of the round's packages is read anew after one.

/** The body of POST and PUT …/packages: the whole package, amounts in mio. kr. */
export type PackageRequest = z.input<typeof packageSchema>;

const packagesPath = (roundId: string) => `/rounds/${encodeURIComponent(roundId)}/packages`;
const packagePath = (roundId: string, id: number) => `${packagesPath(roundId)}/${id}`;
const packagesKey = (roundId: string) => ['rounds', roundId, 'packages'] as const;

export function usePackages(roundId: string) {
  return useQuery({
    queryKey: [...packagesKey(roundId), 'list'],
    queryFn: ({ signal }) => api<PackageList>('GET', packagesPath(roundId), { signal }),
  });
}

/** One package: its latest version, or an earlier one. */
export function usePackage(roundId: string, id: number, version?: number) {
  return useQuery({
    queryKey: [...packagesKey(roundId), 'one', id, version ?? 'latest'],
    queryFn: ({ signal }) =>
      api<NegotiationPackage>(
        'GET',
        `${packagePath(roundId, id)}${version === undefined ? '' : `?version=${version}`}`,
        { signal },
      ),
  });
}

export function usePackageVersions(roundId: string, id: number) {
  return useQuery({
    queryKey: [...packagesKey(roundId), 'versions', id],
    queryFn: ({ signal }) =>
      api<PackageVersions>('GET', `${packagePath(roundId, id)}/versions`, { signal }),
  });
}

/** Two packages side by side, and the second's difference from the first. */
export function usePackageComparison(roundId: string, first: number, second: number) {
  return useQuery({
    queryKey: [...packagesKey(roundId), 'compare', first, second],
    queryFn: ({ signal }) =>
      api<PackageComparison>('GET', `${packagesPath(roundId)}/compare?ids=${first},${second}`, {
        signal,
      }),
  });
}

/** Creates a package (id null) or saves a new version of one (coordinators only). */
export function useSavePackage(roundId: string, id: number | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: PackageRequest; idempotencyKey: string }) =>
      id === null
        ? api<NegotiationPackage>('POST', packagesPath(roundId), { body, idempotencyKey })
        : api<NegotiationPackage>('PUT', packagePath(roundId, id), { body, idempotencyKey }),
    onSuccess: () => client.invalidateQueries({ queryKey: packagesKey(roundId) }),
  });
}

/** Restores an earlier version as the newest (coordinators only). */
export function useRestorePackage(roundId: string, id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ version, idempotencyKey }: { version: number; idempotencyKey: string }) =>
      api<NegotiationPackage>('POST', `${packagePath(roundId, id)}/restore`, {
        body: { version },
        idempotencyKey,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: packagesKey(roundId) }),
  });
}

/** A party group's stance on the package: a member for their own group, a coordinator for any. */
export function useSetPackageStance(roundId: string, id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ partyGroup, body, idempotencyKey }: StanceChange) =>
      api<{ readonly majority: Majority }>(
        'PUT',
        `${packagePath(roundId, id)}/stances/${encodeURIComponent(partyGroup)}`,
        { body, idempotencyKey },
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: packagesKey(roundId) }),
  });
}

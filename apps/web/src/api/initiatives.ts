import type { LifecycleState } from '@budgetflow/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from './client';
import type {
  Initiative,
  InitiativeDetail,
  InitiativeListItem,
  Page,
  PersonCommand,
  StateSummary,
  Totals,
} from './types';

/** What the list and the totals are narrowed by; the same for both. */
export interface InitiativeFilter {
  readonly round: string;
  readonly state?: readonly LifecycleState[];
  readonly party?: string;
  readonly financingArea?: string;
  readonly committee?: number;
  readonly q?: string;
}

function filterQuery(filter: InitiativeFilter) {
  return {
    round: filter.round,
    state: filter.state?.length ? filter.state.join(',') : undefined,
    party: filter.party,
    financingArea: filter.financingArea,
    committee: filter.committee,
    q: filter.q?.trim() || undefined,
  };
}

const roundPath = (roundId: string) => `/rounds/${encodeURIComponent(roundId)}/initiatives`;
const initiativePath = (roundId: string, number: string) =>
  `${roundPath(roundId)}/${encodeURIComponent(number)}`;

export function useInitiatives(
  filter: InitiativeFilter,
  options: { sort?: string; page?: number; pageSize?: number } = {},
) {
  const params = {
    ...filterQuery(filter),
    sort: options.sort,
    page: options.page ?? 1,
    pageSize: options.pageSize ?? 200,
  };
  return useQuery({
    queryKey: ['initiatives', 'list', params],
    queryFn: ({ signal }) =>
      api<Page<InitiativeListItem>>('GET', `/initiatives${query(params)}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useTotals(filter: InitiativeFilter) {
  const params = filterQuery(filter);
  return useQuery({
    queryKey: ['initiatives', 'totals', params],
    queryFn: ({ signal }) => api<Totals>('GET', `/initiatives/totals${query(params)}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useStateSummary(filter: InitiativeFilter) {
  const params = filterQuery(filter);
  return useQuery({
    queryKey: ['initiatives', 'by-state', params],
    queryFn: ({ signal }) =>
      api<StateSummary>('GET', `/initiatives/by-state${query(params)}`, { signal }),
  });
}

export function useInitiative(roundId: string, number: string) {
  return useQuery({
    queryKey: ['initiatives', 'one', roundId, number],
    queryFn: ({ signal }) =>
      api<InitiativeDetail>('GET', initiativePath(roundId, number), { signal }),
  });
}

/** The path segment of each command, as the API names its routes. */
const commandPaths: Record<Exclude<PersonCommand, 'editDraft'>, string> = {
  submit: 'submit',
  startReview: 'start-review',
  completeReview: 'complete-review',
  cost: 'cost',
  openNegotiation: 'open-negotiation',
  include: 'include',
  reject: 'reject',
  withdraw: 'withdraw',
  merge: 'merge',
};

export interface CommandRequest {
  readonly command: Exclude<PersonCommand, 'editDraft'>;
  readonly body: Record<string, unknown>;
  /** Kept by the form for its retries, so a step is never taken twice. */
  readonly idempotencyKey: string;
}

/** Gives a command to an initiative; on success every view of initiatives is read anew. */
export function useCommand(roundId: string, number: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ command, body, idempotencyKey }: CommandRequest) =>
      api<Initiative>('POST', `${initiativePath(roundId, number)}/${commandPaths[command]}`, {
        body,
        idempotencyKey,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['initiatives'] }),
  });
}

export function useCreateDraft(roundId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: unknown; idempotencyKey: string }) =>
      api<Initiative>('POST', roundPath(roundId), { body, idempotencyKey }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['initiatives'] }),
  });
}

export function useSaveDraft(roundId: string, number: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ form, idempotencyKey }: { form: unknown; idempotencyKey: string }) =>
      api<Initiative>('PUT', `${initiativePath(roundId, number)}/draft`, {
        body: form,
        idempotencyKey,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['initiatives'] }),
  });
}

import type {
  AgreementOutcome,
  AgreementState,
  AgreementStepResult,
  LifecycleState,
} from '@budgetflow/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiProblem } from './client';
import type { Amount, PackageAdjustment, PackageBalance, PackageTotals } from './types';

// The budget agreement: coordinators preview what concluding with a package version would do
// and conclude it; everyone follows it step by step. The answers' shapes are
// apps/api/src/agreement/responses.ts.

export type AgreementCommandType = 'openNegotiation' | 'include' | 'reject';

export interface AgreementPackageRef {
  readonly id: number;
  readonly version: number;
  readonly name: string;
  /** E.g. "Forligspakke A, version 3". */
  readonly label: string;
}

export interface AgreementProblem {
  readonly code:
    | 'agreementExists'
    | 'notCosted'
    | 'unknownInitiative'
    | 'invalidAdjustment'
    | 'nothingToInclude';
  readonly field: string;
  readonly message: string;
}

export interface AgreementPreviewEntry {
  readonly number: string;
  readonly title: string;
  readonly state: LifecycleState;
  readonly stateLabel: string;
  readonly inPackage: boolean;
  readonly adjustment: PackageAdjustment | null;
  readonly outcome: AgreementOutcome;
  readonly outcomeLabel: string;
  /** Why nothing is done, or what stands in the way. */
  readonly note: string | null;
  readonly steps: readonly {
    readonly command: AgreementCommandType;
    readonly commandLabel: string;
    readonly comment: string;
  }[];
  readonly current: { readonly total: Amount };
  /** The final costing it is included with; null: not included by the agreement. */
  readonly agreed: {
    readonly years: readonly { readonly year: number; readonly amount: Amount }[];
    readonly total: Amount;
  } | null;
}

export interface AgreementPreview {
  readonly roundId: string;
  readonly package: AgreementPackageRef & { readonly latestVersion: number };
  readonly canConclude: boolean;
  readonly problems: readonly AgreementProblem[];
  readonly counts: {
    readonly included: number;
    readonly rejected: number;
    readonly unchanged: number;
    readonly steps: number;
  };
  readonly initiatives: readonly AgreementPreviewEntry[];
  readonly totals: PackageTotals;
  readonly balance: PackageBalance;
}

export interface AgreementStepView {
  readonly number: string;
  readonly title: string;
  readonly command: AgreementCommandType;
  readonly commandLabel: string;
  /** null: not reached yet. */
  readonly result: AgreementStepResult | null;
  readonly resultLabel: string | null;
  /** The initiative's reason when the step was not taken. */
  readonly message: string | null;
  readonly at: string | null;
}

export interface Agreement {
  readonly roundId: string;
  readonly package: AgreementPackageRef;
  readonly state: AgreementState;
  readonly stateLabel: string;
  readonly startedBy: { readonly id: string; readonly name: string | null };
  readonly startedAt: string;
  readonly concludedAt: string | null;
  readonly progress: { readonly planned: number; readonly done: number; readonly refused: number };
  readonly steps: readonly AgreementStepView[];
}

const agreementPath = (roundId: string) => `/rounds/${encodeURIComponent(roundId)}/agreement`;
const agreementKey = (roundId: string) => ['rounds', roundId, 'agreement'] as const;

/** How often a running agreement is read again: its steps take a moment each. */
const runningPollMs = 1_000;

/** The round's agreement; null while it has none (the API's 404). Read again while it runs. */
export function useAgreement(roundId: string) {
  return useQuery({
    queryKey: agreementKey(roundId),
    queryFn: async ({ signal }) => {
      try {
        return await api<Agreement>('GET', agreementPath(roundId), { signal });
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 404) return null;
        throw error;
      }
    },
    refetchInterval: (query) => (query.state.data?.state === 'running' ? runningPollMs : false),
  });
}

/** What concluding with the package version would do (coordinators); the latest without one. */
export function useAgreementPreview(
  roundId: string,
  packageId: number | null,
  version: number | undefined,
) {
  return useQuery({
    queryKey: [...agreementKey(roundId), 'preview', packageId, version ?? 'latest'],
    queryFn: ({ signal }) =>
      api<AgreementPreview>(
        'GET',
        `${agreementPath(roundId)}/preview?package=${packageId}${version === undefined ? '' : `&version=${version}`}`,
        { signal },
      ),
    enabled: packageId !== null,
  });
}

/**
 * Concludes the agreement (coordinators). The answer is the agreement under way; the
 * initiatives it moves, and the packages counting them, are read anew.
 */
export function useConcludeAgreement(roundId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      packageId,
      version,
      idempotencyKey,
    }: {
      packageId: number;
      version: number;
      idempotencyKey: string;
    }) =>
      api<Agreement>('POST', agreementPath(roundId), {
        body: { packageId, version },
        idempotencyKey,
      }),
    onSuccess: (agreement) => {
      client.setQueryData(agreementKey(roundId), agreement);
      return Promise.all([
        client.invalidateQueries({ queryKey: ['initiatives'] }),
        client.invalidateQueries({ queryKey: ['rounds', roundId, 'packages'] }),
      ]);
    },
    // Another coordinator (or this one's earlier try) was first: show the agreement there is.
    onError: (error) => {
      if (error instanceof ApiProblem && error.code === 'agreementExists') {
        void client.invalidateQueries({ queryKey: agreementKey(roundId), exact: true });
      }
    },
  });
}

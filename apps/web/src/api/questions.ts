import type { QuestionState, Role } from '@budgetflow/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from './client';

// Budget questions ("budgetspørgsmål"): the party groups ask the administration, numbered per
// round; everyone reads them, the answer only as fair publication lets the reader see it.
// The answers' shapes are apps/api/src/questions/responses.ts.

export interface QuestionAnswer {
  readonly text: string;
  /** The official's id. */
  readonly by: string;
  readonly at: string;
  readonly atText: string;
}

export interface BudgetQuestion {
  readonly roundId: string;
  readonly number: number;
  readonly partyGroup: string;
  readonly askedBy: string;
  readonly askedByRole: Role;
  readonly initiative: string | null;
  readonly text: string;
  readonly askedAt: string;
  readonly askedAtText: string;
  readonly dueAt: string;
  readonly dueText: string;
  readonly state: QuestionState;
  readonly stateLabel: string;
  readonly answeredLate: boolean;
  /** What the reader may see: null while open, or while the answer waits for the release. */
  readonly answer: QuestionAnswer | null;
  /** Answered (or corrected), but published to all party groups at once, later. */
  readonly answerHeldBack: boolean;
  readonly heldBackNotice?: string;
}

export interface QuestionList {
  readonly roundId: string;
  readonly items: readonly BudgetQuestion[];
  readonly total: number;
  /** The whole round's, whatever the filter. */
  readonly counts: { readonly open: number; readonly answered: number; readonly overdue: number };
}

/** What the list is narrowed by, as the API takes it. */
export interface QuestionFilter {
  readonly state?: QuestionState;
  readonly partyGroup?: string;
  readonly initiative?: string;
}

/** The body of POST …/questions. */
export interface AskQuestionRequest {
  readonly partyGroup: string;
  readonly initiative?: string;
  readonly text: string;
}

const questionsPath = (roundId: string) => `/rounds/${encodeURIComponent(roundId)}/questions`;
const questionsKey = (roundId: string) => ['rounds', roundId, 'questions'] as const;

export function useQuestions(roundId: string, filter: QuestionFilter) {
  const params = {
    state: filter.state,
    partyGroup: filter.partyGroup,
    initiative: filter.initiative,
  };
  return useQuery({
    queryKey: [...questionsKey(roundId), 'list', params],
    queryFn: ({ signal }) =>
      api<QuestionList>('GET', `${questionsPath(roundId)}${query(params)}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useQuestion(roundId: string, number: number) {
  return useQuery({
    queryKey: [...questionsKey(roundId), 'one', number],
    queryFn: ({ signal }) =>
      api<BudgetQuestion>('GET', `${questionsPath(roundId)}/${number}`, { signal }),
  });
}

/** Asks a question (a member for their own party group, a coordinator for any). */
export function useAskQuestion(roundId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: AskQuestionRequest; idempotencyKey: string }) =>
      api<BudgetQuestion>('POST', questionsPath(roundId), { body, idempotencyKey }),
    onSuccess: () => client.invalidateQueries({ queryKey: questionsKey(roundId) }),
  });
}

/** Answers a question, or corrects its answer (the administration). */
export function useAnswerQuestion(roundId: string, number: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ text, idempotencyKey }: { text: string; idempotencyKey: string }) =>
      api<BudgetQuestion>('POST', `${questionsPath(roundId)}/${number}/answer`, {
        body: { text },
        idempotencyKey,
      }),
    onSuccess: (answered) => {
      client.setQueryData([...questionsKey(roundId), 'one', number], answered);
      return client.invalidateQueries({ queryKey: questionsKey(roundId) });
    },
  });
}

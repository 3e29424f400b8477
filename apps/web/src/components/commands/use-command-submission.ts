import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useState } from 'react';
import { ApiProblem } from '../../api/client';
import { type CommandRequest, useCommand } from '../../api/initiatives';

export type DialogCommand = CommandRequest['command'];

/**
 * One command's submission from one form: the idempotency key is made when the form opens and
 * sent with every try of it, so a retry after a lost answer can never take the step twice. (The
 * API forgets the key of a refused request, so a corrected retry under it is decided anew.)
 */
export function useCommandSubmission(roundId: string, number: string) {
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const mutation = useCommand(roundId, number);
  return {
    send: (command: DialogCommand, body: Record<string, unknown>) =>
      mutation.mutateAsync({ command, body, idempotencyKey }),
    error: mutation.error,
    pending: mutation.isPending,
  };
}

/** The API's field errors at the form's own fields (those it has); the rest stay in the alert. */
export function showFieldProblems<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): void {
  if (!(error instanceof ApiProblem)) return;
  for (const problem of error.errors) {
    const field = fields.find((one) => one === problem.field);
    if (field) setError(field, { type: 'server', message: problem.message });
  }
}

/** A comment left empty is no comment. */
export function withoutEmptyComment<T extends { comment?: string | undefined }>(body: T) {
  const { comment, ...rest } = body;
  return comment ? { ...rest, comment } : rest;
}

import { answerQuestionSchema, askQuestionSchema } from '@budgetflow/domain';
import { ApiProblem } from '../../api/client';
import type { AskQuestionRequest } from '../../api/questions';

// The question and answer forms, checked with the API's own schemas (libs/domain) before they
// are sent, and what the API still refuses placed at its field, the rest shown at the top.

export type AskField = 'partyGroup' | 'initiative' | 'text';
export const askFields: readonly AskField[] = ['partyGroup', 'initiative', 'text'];

export interface AskFormValues {
  readonly partyGroup: string;
  /** '' for the budget as a whole. */
  readonly initiative: string;
  readonly text: string;
}

export type FormErrors<Field extends string> = Partial<Record<Field, string>>;

type Checked<Body, Field extends string> =
  | { readonly body: Body; readonly errors?: undefined }
  | { readonly body?: undefined; readonly errors: FormErrors<Field> };

function errorsOf<Field extends string>(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  fields: readonly Field[],
): FormErrors<Field> {
  const errors: FormErrors<Field> = {};
  for (const issue of issues) {
    const field = fields.find((one) => one === issue.path[0]) ?? fields[fields.length - 1]!;
    errors[field] ??= issue.message;
  }
  return errors;
}

/** The body of the question, or the problems at their fields. */
export function checkAskForm(values: AskFormValues): Checked<AskQuestionRequest, AskField> {
  const parsed = askQuestionSchema.safeParse({
    partyGroup: values.partyGroup,
    ...(values.initiative.trim() ? { initiative: values.initiative.trim() } : {}),
    text: values.text,
  });
  if (parsed.success) return { body: parsed.data };
  return { errors: errorsOf(parsed.error.issues, askFields) };
}

/** The answer's text, or why it cannot be sent. */
export function checkAnswerForm(text: string): Checked<{ text: string }, 'text'> {
  const parsed = answerQuestionSchema.safeParse({ text });
  if (parsed.success) return { body: parsed.data };
  return { errors: errorsOf(parsed.error.issues, ['text'] as const) };
}

/**
 * A refusal split into what belongs at a field of the form and what does not: a deadline
 * passed (409), a role refused (403), a lost connection. `rest` is the error when anything of
 * it has no field, so its reason is shown at the top.
 */
export function placeProblem<Field extends string>(
  error: unknown,
  fields: readonly Field[],
): { errors: FormErrors<Field>; rest: unknown } {
  if (!(error instanceof ApiProblem)) return { errors: {}, rest: error };
  const errors: FormErrors<Field> = {};
  let unplaced = error.errors.length === 0;
  for (const problem of error.errors) {
    const field = fields.find((one) => one === problem.field);
    if (field) errors[field] ??= problem.message;
    else unplaced = true;
  }
  return { errors, rest: unplaced ? error : null };
}

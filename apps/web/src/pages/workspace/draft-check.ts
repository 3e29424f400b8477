import {
  createInitiativeSchema,
  initiativeFormSchema,
  isSubmitter,
  submissionProblems,
} from '@budgetflow/domain';
import type { FieldError, FieldErrors, Resolver } from 'react-hook-form';
import type { User } from '../../api/types';
import { parseEconomyDraft } from '../../components/economy-draft';
import {
  financingErrorsOf,
  financingForApi,
  financingTotalKey,
} from '../../components/financing-draft';
import { booleanOf, type DraftValues } from './draft-values';

// Checks the draft with the domain's own schemas and rules, and builds what the API is sent.
// Errors are keyed by the form's paths: 'title', 'partyGroups', 'economy.salaries.2027',
// 'financing.health' (an area's share), 'financing.financing' (the shares together).

export interface CheckContext {
  readonly user: User;
  readonly years: readonly number[];
  /** A draft not yet created is sent with its number. */
  readonly isNew: boolean;
  /** 'submission' adds what a submitted initiative needs beyond a draft. */
  readonly level: 'draft' | 'submission';
}

export interface DraftCheck {
  /** The form as PUT /draft takes it (without the number); null while it cannot be saved. */
  readonly form: Record<string, unknown> | null;
  readonly errors: Record<string, string>;
}

const financingTotalPath = `financing.${financingTotalKey}`;

export function checkDraft(values: DraftValues, context: CheckContext): DraftCheck {
  const errors: Record<string, string> = {};
  const add = (path: string, message: string) => {
    errors[path] ??= message;
  };
  const economy = parseEconomyDraft(values.economy, context.years);
  for (const [cell, message] of Object.entries(economy.errors)) add(`economy.${cell}`, message);
  for (const [key, message] of Object.entries(financingErrorsOf(values.financing))) {
    add(`financing.${key}`, message);
  }
  const submittedBy =
    context.user.role === 'administration'
      ? { kind: 'administration' as const }
      : { kind: 'partyGroups' as const, partyGroups: values.partyGroups };
  const form = {
    title: values.title,
    submittedBy,
    purpose: values.purpose,
    background: values.background,
    economy: economy.value ?? {},
    elaboration: values.elaboration,
    financing: financingForApi(values.financing),
    commitmentBudgeting: booleanOf(values.commitmentBudgeting),
    scalable: booleanOf(values.scalable),
    agreementTextDraft: values.agreementTextDraft,
    sustainableDevelopmentGoals: values.sustainableDevelopmentGoals,
  };
  const parsed = context.isNew
    ? createInitiativeSchema.safeParse({ number: values.number, ...form })
    : initiativeFormSchema.safeParse(form);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      add(formPathOf(issue.path.map(String).join('.'), values), issue.message);
    }
  }
  if (submittedBy.kind === 'partyGroups' && values.partyGroups.length > 0) {
    const actor = {
      id: context.user.id,
      role: context.user.role,
      partyGroups: context.user.partyGroups,
    };
    if (!isSubmitter(actor, { submittedBy })) {
      add(
        'partyGroups',
        `Du skal selv være blandt forslagsstillerne: markér ${context.user.partyGroups.join(' eller ')}`,
      );
    }
  }
  if (context.level === 'submission' && parsed.success) {
    // What the domain requires of a submitted initiative, shown at its field (the API decides).
    for (const problem of submissionProblems(parsed.data)) {
      add(problem.field === 'financing' ? financingTotalPath : problem.field, problem.message);
    }
  }
  return { form: Object.keys(errors).length === 0 ? form : null, errors };
}

/** The form's path of a path the schema or the API names (e.g. 'financing.0.share'). */
export function formPathOf(path: string, values: DraftValues): string {
  const [head, second] = path.split('.');
  if (head === 'submittedBy') return 'partyGroups';
  if (head === 'financing') {
    const area = second === undefined ? undefined : values.financing[Number(second)]?.area;
    return area ? `financing.${area}` : financingTotalPath;
  }
  return path;
}

/**
 * For react-hook-form: one error per field, the economy's cells and the financing's areas as the
 * `types` of 'economy' and 'financing' (their keys hold dots and years, which a nested path
 * would turn into arrays).
 */
export function fieldErrorsOf(errors: Record<string, string>): FieldErrors<DraftValues> {
  const out: Record<string, FieldError> = {};
  for (const [path, message] of Object.entries(errors)) {
    const [head = path] = path.split('.');
    if (head === 'economy' || head === 'financing') {
      const inner = path.slice(head.length + 1);
      const existing = out[head];
      out[head] = {
        type: 'invalid',
        message: existing?.message ?? message,
        types: { ...existing?.types, [inner]: message },
      };
    } else {
      out[path] = { type: 'invalid', message };
    }
  }
  return out as FieldErrors<DraftValues>;
}

/** The flat errors again, from react-hook-form's errors. */
export function flatErrorsOf(errors: FieldErrors<DraftValues>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [field, error] of Object.entries(errors as Record<string, FieldError | undefined>)) {
    if (!error) continue;
    if ((field === 'economy' || field === 'financing') && error.types) {
      for (const [inner, message] of Object.entries(error.types)) {
        if (typeof message === 'string') flat[`${field}.${inner}`] = message;
      }
    } else if (error.message) {
      flat[field] = error.message;
    }
  }
  return flat;
}

/** The resolver; the level (draft or submission) comes with the form's context. */
export const draftResolver: Resolver<DraftValues, CheckContext> = (values, context) => {
  if (!context) throw new Error('draftResolver needs the check context');
  const { errors } = checkDraft(values, context);
  return Object.keys(errors).length === 0
    ? { values, errors: {} }
    : { values: {}, errors: fieldErrorsOf(errors) };
};

import {
  createInitiativeBody,
  type ImportedInitiative,
  type ImportWarning,
} from '@budgetflow/documents';
import {
  type Actor,
  canSeeInitiative,
  createInitiative,
  createInitiativeSchema,
  type Initiative,
  type InitiativeForm,
  transition,
} from '@budgetflow/domain';
import { type FieldChange, formChanges } from './form-changes';

/** What importing a document does (or would do) to the round's initiatives. */
export const importActions = ['create', 'update', 'noChange', 'refused'] as const;
export type ImportAction = (typeof importActions)[number];

export type DocumentPlan =
  | { readonly action: 'create'; readonly number: string; readonly form: InitiativeForm }
  | {
      readonly action: 'update';
      readonly number: string;
      readonly form: InitiativeForm;
      /** The draft's version the changes are computed against. */
      readonly version: number;
      readonly changes: FieldChange[];
    }
  | { readonly action: 'noChange'; readonly number: string }
  | { readonly action: 'refused'; readonly number: string | null; readonly reason: string };

export interface PlanContext {
  readonly roundId: string;
  readonly years: readonly number[];
  readonly actor: Actor;
  readonly at: string;
}

/**
 * What importing a budget-initiative form would do, decided by the rules the API's create and
 * editDraft are decided by (createInitiative and transition from libs/domain), never by rules of
 * its own: create the draft, change the existing draft's fields, nothing (the draft has exactly
 * this form), or nothing with the reason. `existing` is the initiative with the document's
 * number as the read model holds it; one the importer may not see is as if it did not exist.
 */
export function planInitiative(
  document: ImportedInitiative,
  warnings: readonly ImportWarning[],
  existing: Initiative | null,
  context: PlanContext,
): DocumentPlan {
  const body = createInitiativeBody(document);
  if (!body)
    return { action: 'refused', number: document.number, reason: unread(document, warnings) };
  const parsed = createInitiativeSchema.safeParse(body);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    );
    return { action: 'refused', number: body.number, reason: problems.join('; ') };
  }
  const { number, ...form } = parsed.data;
  const { roundId, years, actor, at } = context;
  const visible = existing && canSeeInitiative(actor, existing) ? existing : null;
  if (!visible) {
    const decision = createInitiative({ roundId, number, years, form }, actor, at);
    return decision.ok
      ? { action: 'create', number, form }
      : { action: 'refused', number, reason: decision.refusal.message };
  }
  const changes = formChanges(visible.form, form);
  // The same form again is no step at all, whatever state the initiative is in now.
  if (changes.length === 0) return { action: 'noChange', number };
  const decision = transition(visible, { type: 'editDraft', form }, actor, at);
  return decision.ok
    ? { action: 'update', number, form, version: visible.version, changes }
    : { action: 'refused', number, reason: decision.refusal.message };
}

/** Why a form cannot be imported at all: what it cannot do without was not read. */
function unread(document: ImportedInitiative, warnings: readonly ImportWarning[]): string {
  const why = (field: string, otherwise: string) =>
    warnings.find((warning) => warning.field === field)?.message ?? otherwise;
  const missing = [
    ...(document.number === null ? [why('number', 'Nummeret er ikke læst')] : []),
    ...(document.title === '' ? [why('title', 'Titlen er ikke læst')] : []),
    ...(document.submittedBy === null
      ? [why('submittedBy', 'Det er ikke læst, hvem der fremsætter forslaget')]
      : []),
  ];
  return `Dokumentet kan ikke importeres: ${missing.join('; ')}`;
}

/** A form written for another budget period than the round's: worth a word, not a refusal. */
export function budgetPeriodWarning(
  document: ImportedInitiative,
  years: readonly number[],
): ImportWarning | null {
  const period = `${years[0]}-${years[years.length - 1]}`;
  if (document.budgetPeriod === null || document.budgetPeriod === period) return null;
  return {
    field: 'budgetPeriod',
    message: `Skemaet er skrevet til budget ${document.budgetPeriod}; budgetrunden er ${period}`,
  };
}

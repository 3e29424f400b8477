import type {
  Agreement,
  AgreementCommandType,
  AgreementPreviewEntry,
  AgreementStepView,
} from '../../api/agreement';

// What the budget agreement does to each initiative, in words: before it is concluded (the
// preview's outcome and steps) and while and after it runs (its steps' results). The words
// come from what the API planned and recorded; the browser decides nothing.

/** The preview's verdict on an initiative, for the eye (the words carry it). */
export type PreviewTone = 'included' | 'rejected' | 'unchanged';

/** What concluding would do to the initiative. */
export function previewAction(
  entry: Pick<AgreementPreviewEntry, 'outcome' | 'steps' | 'note'>,
): string {
  switch (entry.outcome) {
    case 'included':
      if (entry.steps.some((step) => step.command === 'openNegotiation')) {
        return 'Sendes til forhandling og optages med aftalt økonomi';
      }
      return entry.steps.length > 0 ? 'Optages med aftalt økonomi' : 'Allerede optaget';
    case 'rejected':
      return 'Afvises: ikke med i budgetaftalen';
    case 'unchanged':
      return entry.note ? `Uændret – ${entry.note}` : 'Uændret';
  }
}

/** What the agreement set out to do with an initiative, by its planned steps. */
export function plannedAction(commands: readonly AgreementCommandType[]): string {
  if (commands.includes('reject')) return 'Afvises';
  if (commands.includes('openNegotiation')) return 'Sendes til forhandling og optages';
  return 'Optages';
}

export type InitiativeProgressStatus = 'waiting' | 'running' | 'done' | 'refused';

export interface InitiativeProgress {
  readonly number: string;
  readonly title: string;
  readonly action: string;
  readonly included: boolean;
  readonly status: InitiativeProgressStatus;
  readonly statusText: string;
  /** When its last step was recorded; null until then. */
  readonly at: string | null;
}

/**
 * The agreement initiative by initiative, in the order of its steps (the inclusions first):
 * what it does, and how far it has come. A refused step says why, in the initiative's words.
 */
export function agreementInitiatives(agreement: Pick<Agreement, 'steps'>): InitiativeProgress[] {
  const byNumber = new Map<string, AgreementStepView[]>();
  for (const step of agreement.steps) {
    byNumber.set(step.number, [...(byNumber.get(step.number) ?? []), step]);
  }
  return [...byNumber.entries()].map(([number, steps]) => {
    const included = !steps.some((step) => step.command === 'reject');
    const refused = steps.find((step) => step.result === 'refused');
    const done = steps.filter((step) => step.result !== null);
    const status: InitiativeProgressStatus = refused
      ? 'refused'
      : done.length === steps.length
        ? 'done'
        : done.length > 0
          ? 'running'
          : 'waiting';
    return {
      number,
      title: steps[0]?.title ?? '',
      action: plannedAction(steps.map((step) => step.command)),
      included,
      status,
      statusText: statusTextOf(status, included, refused),
      at: done.at(-1)?.at ?? null,
    };
  });
}

function statusTextOf(
  status: InitiativeProgressStatus,
  included: boolean,
  refused: AgreementStepView | undefined,
): string {
  switch (status) {
    case 'refused':
      return refused?.message ? `Ikke udført: ${refused.message}` : 'Ikke udført';
    case 'done':
      return included ? 'Optaget' : 'Afvist';
    case 'running':
      return 'I gang';
    case 'waiting':
      return 'Afventer';
  }
}

/** How many initiatives the agreement has included, rejected, or could not move. */
export function outcomeCounts(initiatives: readonly InitiativeProgress[]) {
  const count = (test: (one: InitiativeProgress) => boolean) => initiatives.filter(test).length;
  return {
    included: count((one) => one.status === 'done' && one.included),
    rejected: count((one) => one.status === 'done' && !one.included),
    refused: count((one) => one.status === 'refused'),
    pending: count((one) => one.status === 'waiting' || one.status === 'running'),
  };
}

/** "7 af 10 trin er gennemført", and how many of them were not taken. */
export function progressText(progress: Agreement['progress']): string {
  const done = `${progress.done} af ${progress.planned} trin er gennemført`;
  if (progress.refused === 0) return done;
  return `${done}; ${progress.refused === 1 ? '1 trin' : `${progress.refused} trin`} blev ikke udført`;
}

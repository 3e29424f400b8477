import type { SubmissionWindow } from '../calendar/submission';
import type { EconomyTable } from '../initiative/economy';
import type { FinancingShare } from '../initiative/financing';
import type { InitiativeForm } from '../initiative/form';
import type { InitiativeNumber } from '../initiative/number';

/**
 * The administration's assessment in its review: does the initiative need new money, or can it
 * be done within the existing economic frame (as initiative 4.3 could)? It may also advise that
 * the initiative be folded into another (as 4.2 into 4.5).
 */
export interface Assessment {
  readonly conclusion: 'requiresFunding' | 'withinExistingFrame';
  readonly canBeMergedInto: InitiativeNumber | null;
}

export const assessmentLabels: Record<Assessment['conclusion'], string> = {
  requiresFunding: 'Kræver finansiering',
  withinExistingFrame: 'Kan løftes inden for den eksisterende økonomiske ramme',
};

/** The package version a budget agreement was concluded with. */
export interface AgreementPackageRef {
  readonly id: number;
  readonly version: number;
  readonly name: string;
}

/**
 * What the budget agreement includes an initiative with: its economy as the package adjusted
 * it, and its financing. It becomes the initiative's final costing.
 */
export interface AgreedCosting {
  readonly economy: EconomyTable;
  readonly financing: readonly FinancingShare[];
  readonly package: AgreementPackageRef;
}

/** What someone asks an initiative to do; the lifecycle decides whether it may. */
export type Command =
  | { readonly type: 'editDraft'; readonly form: InitiativeForm }
  | {
      readonly type: 'submit';
      readonly comment?: string;
      /** The round's deadline and late allowance, as the round holds them at the moment of submission. */
      readonly window?: SubmissionWindow;
    }
  | { readonly type: 'startReview'; readonly comment?: string }
  | { readonly type: 'completeReview'; readonly comments: string; readonly assessment: Assessment }
  | {
      readonly type: 'cost';
      readonly economy: EconomyTable;
      /** The financing as the administration settles it; the form's financing when absent. */
      readonly financing?: readonly FinancingShare[];
      readonly comment?: string;
    }
  | { readonly type: 'openNegotiation'; readonly comment?: string }
  | {
      readonly type: 'include';
      readonly comment?: string;
      /** The budget agreement's final costing; only the agreement's workflow sends one. */
      readonly agreement?: AgreedCosting;
    }
  | { readonly type: 'reject'; readonly reason: string }
  | { readonly type: 'withdraw'; readonly reason: string }
  | { readonly type: 'merge'; readonly into: InitiativeNumber; readonly comment?: string }
  /** The target's half of a merge: it records what it absorbs. Never sent by a person. */
  | { readonly type: 'absorb'; readonly source: InitiativeNumber };

export type CommandType = Command['type'];

export const commandLabels: Record<CommandType | 'create', string> = {
  create: 'Kladde oprettet',
  editDraft: 'Kladde redigeret',
  submit: 'Indsendt',
  startReview: 'Administrativ behandling påbegyndt',
  completeReview: 'Administrationens bemærkninger afgivet',
  cost: 'Prisfastsat',
  openNegotiation: 'Sendt til forhandling',
  include: 'Optaget i budgetaftalen',
  reject: 'Afvist',
  withdraw: 'Trukket tilbage',
  merge: 'Indarbejdet i andet forslag',
  absorb: 'Har indarbejdet andet forslag',
};

/** The commands a person gives; absorb is the merge's own second half, never sent by anyone. */
export type PersonCommandType = Exclude<CommandType, 'absorb'>;

/**
 * Each command a person may give as the button that gives it (Danish imperative), in the order
 * the buttons are offered: the step forward first, the endings last.
 */
export const commandActionLabels: Record<PersonCommandType, string> = {
  editDraft: 'Rediger kladde',
  submit: 'Indsend',
  startReview: 'Påbegynd behandling',
  completeReview: 'Afgiv bemærkninger',
  cost: 'Prisfastsæt',
  openNegotiation: 'Send til forhandling',
  include: 'Optag i budgetaftalen',
  merge: 'Indarbejd i andet forslag',
  reject: 'Afvis',
  withdraw: 'Træk tilbage',
};

export const personCommandTypes = Object.keys(commandActionLabels) as PersonCommandType[];

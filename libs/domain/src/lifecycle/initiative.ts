import type { Role } from '../actor';
import { type EconomyTable, totalsPerYear } from '../initiative/economy';
import type { FinancingShare } from '../initiative/financing';
import type { InitiativeForm } from '../initiative/form';
import type { InitiativeNumber } from '../initiative/number';
import { type Kroner, sumKroner } from '../money/money';
import type { Assessment, CommandType } from './commands';
import type { LifecycleState } from './states';

/** The administration's review: its comments ("Administrationens bemærkninger") and assessment. */
export interface Review {
  readonly comments: string;
  readonly assessment: Assessment;
  readonly by: string;
  readonly at: string;
}

/** The administration's costing: the economy table and financing the negotiation works with. */
export interface Costing {
  readonly economy: EconomyTable;
  readonly financing: readonly FinancingShare[];
  readonly by: string;
  readonly at: string;
}

/** An initiative as its workflow holds it: plain data, so it travels as JSON. */
export interface Initiative {
  readonly roundId: string;
  readonly number: InitiativeNumber;
  /** The years of the round, which the economy table may use. */
  readonly years: readonly number[];
  readonly state: LifecycleState;
  readonly form: InitiativeForm;
  readonly review: Review | null;
  readonly costing: Costing | null;
  readonly mergedInto: InitiativeNumber | null;
  readonly absorbed: readonly InitiativeNumber[];
  /** Submitted after the deadline, because a coordinator allowed it. Absent in older histories. */
  readonly submittedLate?: boolean;
  /** The reason given for a rejection or withdrawal. */
  readonly closingReason: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The sequence number of the last recorded transition (1 = created). */
  readonly version: number;
}

/** One recorded step of an initiative's history: the audit trail's row. */
export interface TransitionRecord {
  readonly seq: number;
  readonly command: CommandType | 'create';
  readonly from: LifecycleState | null;
  readonly to: LifecycleState;
  readonly actor: { readonly id: string; readonly role: Role };
  readonly at: string;
  readonly comment: string | null;
  readonly data: Readonly<Record<string, unknown>> | null;
}

/** The economy and financing that count: the costing once there is one, else the form's. */
export function effectiveEconomy(initiative: Initiative): {
  economy: EconomyTable;
  financing: readonly FinancingShare[];
} {
  return initiative.costing
    ? { economy: initiative.costing.economy, financing: initiative.costing.financing }
    : { economy: initiative.form.economy, financing: initiative.form.financing };
}

/** What the initiative costs over all the round's years, by the economy that counts. */
export function effectiveTotal(initiative: Initiative): Kroner {
  const { economy } = effectiveEconomy(initiative);
  return sumKroner(Object.values(totalsPerYear(economy, initiative.years)));
}

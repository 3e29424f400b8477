import type { Frame } from '../round/frames';
import type { InitiativeNumber } from '../initiative/number';
import { compareInitiativeNumbers } from '../initiative/number';
import type { AgreedCosting, AgreementPackageRef, Command } from '../lifecycle/commands';
import { effectiveEconomy, type Initiative } from '../lifecycle/initiative';
import { type LifecycleState, stateLabels } from '../lifecycle/states';
import { type Adjustment, adjustedEconomy, adjustmentProblems } from './adjustment';
import { type PackageBalance, packageBalance } from './balance';
import { type AreaAmount, countsInPackage, type PackageItem, packageTotals } from './package';

/**
 * The budget agreement ("budgetaftalen"): the negotiation concluded with one version of a
 * package. Its initiatives are included, each with the package's adjustments as its final
 * costing; the round's other open initiatives are rejected as not part of it. Drafts are the
 * parties' own and are left alone, as are initiatives that have already ended.
 */

/** The commands the agreement gives the initiatives. */
export type AgreementCommand = Extract<
  Command,
  { readonly type: 'openNegotiation' | 'include' | 'reject' }
>;

/** One step of the agreement: a command to one initiative, in the order they are taken. */
export interface AgreementStep {
  readonly number: InitiativeNumber;
  readonly command: AgreementCommand;
}

/** What the agreement makes of an initiative. */
export type AgreementOutcome = 'included' | 'rejected' | 'unchanged';

export const agreementOutcomeLabels: Record<AgreementOutcome, string> = {
  included: 'Kommer med i budgetaftalen',
  rejected: 'Afvises: ikke med i budgetaftalen',
  unchanged: 'Uændret',
};

/** One initiative of the round as the agreement would take it. */
export interface AgreementEntry {
  readonly initiative: Initiative;
  readonly inPackage: boolean;
  readonly adjustment: Adjustment | null;
  readonly outcome: AgreementOutcome;
  readonly steps: readonly AgreementStep[];
  /** The final costing it is included with; null unless the agreement includes it. */
  readonly agreed: AgreedCosting | null;
  /** Why nothing is done, or what stands in the way, in words; null otherwise. */
  readonly note: string | null;
}

/** What stands in the way of concluding, by the field of the request or package it concerns. */
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

/** The agreement as it would be concluded now: its preview, and the steps its workflow takes. */
export interface AgreementPlan {
  readonly package: AgreementPackageRef;
  /** The package's items first, in its order, then the round's other initiatives by number. */
  readonly entries: readonly AgreementEntry[];
  /** Every step, the inclusions first (in the package's order), then the rejections. */
  readonly steps: readonly AgreementStep[];
  /** What the package's initiatives count per year and area, adjusted: what is agreed. */
  readonly totals: readonly AreaAmount[];
  readonly balance: PackageBalance;
  /** Empty when the agreement can be concluded. */
  readonly problems: readonly AgreementProblem[];
}

export interface AgreementInput {
  readonly package: AgreementPackageRef;
  readonly items: readonly PackageItem[];
  /** The round's initiatives; drafts are left out whatever is given. */
  readonly initiatives: readonly Initiative[];
  readonly years: readonly number[];
  readonly frames: readonly Frame[];
  /** The agreement the round already has, if any: a round concludes one. */
  readonly existing: { readonly package: AgreementPackageRef } | null;
}

/** "Forligspakke A, version 3": how steps and reasons name the package version. */
export function agreementPackageLabel(agreed: AgreementPackageRef): string {
  return `${agreed.name}, version ${agreed.version}`;
}

/** Open beyond the draft: what the agreement must settle one way or the other. */
const undecided: readonly LifecycleState[] = ['submitted', 'inReview', 'costed', 'inNegotiation'];
/** Not costed yet: the agreement cannot include what the administration has not costed. */
const notCosted: readonly LifecycleState[] = ['submitted', 'inReview'];

/** The agreement of the package version with the round as it is now, with what stands in its way. */
export function planAgreement(input: AgreementInput): AgreementPlan {
  const { package: agreed, items, years } = input;
  const byNumber = new Map(
    input.initiatives
      .filter((initiative) => initiative.state !== 'draft')
      .map((initiative) => [initiative.number, initiative]),
  );
  const problems: AgreementProblem[] = [];
  if (input.existing) {
    problems.push({
      code: 'agreementExists',
      field: 'roundId',
      message: `Budgetrunden har allerede en budgetaftale (${agreementPackageLabel(input.existing.package)})`,
    });
  }
  const packageEntries = items.flatMap((item, index) => {
    const planned = packageEntry(item, `items.${index}`, byNumber.get(item.number), agreed, years);
    if (planned.problem) problems.push(planned.problem);
    return planned.entry ? [planned.entry] : [];
  });
  if (!packageEntries.some((entry) => countsInPackage(entry.initiative.state))) {
    problems.push({
      code: 'nothingToInclude',
      field: 'packageId',
      message: `Pakken ${agreed.name} har ingen forslag, der kan komme med i budgetaftalen`,
    });
  }
  const inPackage = new Set(items.map((item) => item.number));
  const others = [...byNumber.values()]
    .filter((initiative) => !inPackage.has(initiative.number))
    .sort((a, b) => compareInitiativeNumbers(a.number, b.number))
    .map((initiative) => otherEntry(initiative, agreed));
  const totals = packageTotals(packageEntries, years);
  const entries = [...packageEntries, ...others];
  return {
    package: agreed,
    entries,
    steps: entries.flatMap((entry) => entry.steps),
    totals,
    balance: packageBalance(totals, input.frames, years),
    problems,
  };
}

/** A package item as the agreement takes it, or what stands in the way. */
function packageEntry(
  { number, adjustment }: PackageItem,
  field: string,
  initiative: Initiative | undefined,
  agreed: AgreementPackageRef,
  years: readonly number[],
): { entry: AgreementEntry | null; problem: AgreementProblem | null } {
  if (!initiative) {
    // Packages hold no drafts; a number the round does not have is named, nothing more.
    const message = `Forslag ${number} findes ikke i budgetrunden`;
    return {
      entry: null,
      problem: { code: 'unknownInitiative', field: `${field}.number`, message },
    };
  }
  const [invalid] = adjustment ? adjustmentProblems(adjustment, years) : [];
  if (invalid) {
    return {
      entry: null,
      problem: {
        code: 'invalidAdjustment',
        field: `${field}.adjustment.${invalid.field}`,
        message: invalid.message,
      },
    };
  }
  const entry = { initiative, inPackage: true, adjustment, steps: [], agreed: null };
  if (notCosted.includes(initiative.state)) {
    const message = `Forslag ${number} er ikke prisfastsat endnu (${stateLabels[initiative.state].toLowerCase()}); det kan først komme med i budgetaftalen, når administrationen har prisfastsat det`;
    return {
      entry: { ...entry, outcome: 'unchanged', note: message },
      problem: { code: 'notCosted', field: `${field}.number`, message },
    };
  }
  if (initiative.state === 'included') {
    return { entry: { ...entry, outcome: 'included', note: 'Allerede optaget' }, problem: null };
  }
  if (!countsInPackage(initiative.state)) {
    const note = `${stateLabels[initiative.state]}; tæller ikke med`;
    return { entry: { ...entry, outcome: 'unchanged', note }, problem: null };
  }
  return { entry: inclusion(initiative, adjustment, agreed, years), problem: null };
}

/**
 * An initiative of the package taken into the agreement: sent to negotiation if it is not there
 * yet, then included with its effective economy as the package adjusts it (what the package
 * counts) and its financing, which no adjustment changes.
 */
function inclusion(
  initiative: Initiative,
  adjustment: Adjustment | null,
  agreed: AgreementPackageRef,
  years: readonly number[],
): AgreementEntry {
  const { number } = initiative;
  const label = agreementPackageLabel(agreed);
  const { economy, financing } = effectiveEconomy(initiative);
  const costing: AgreedCosting = {
    economy: adjustedEconomy(economy, adjustment, years),
    financing,
    package: agreed,
  };
  const why = adjustment?.note?.trim();
  const include: AgreementStep = {
    number,
    command: {
      type: 'include',
      comment: `Med i budgetaftalen (${label})${why ? `: ${why}` : ''}`,
      agreement: costing,
    },
  };
  const open: AgreementStep = {
    number,
    command: {
      type: 'openNegotiation',
      comment: `Sendt til forhandling med budgetaftalen (${label})`,
    },
  };
  const steps = initiative.state === 'costed' ? [open, include] : [include];
  return {
    initiative,
    inPackage: true,
    adjustment,
    outcome: 'included',
    steps,
    agreed: costing,
    note: null,
  };
}

/** An initiative outside the package: rejected while still open, else left as it is. */
function otherEntry(initiative: Initiative, agreed: AgreementPackageRef): AgreementEntry {
  const entry = { initiative, inPackage: false, adjustment: null, agreed: null };
  if (!undecided.includes(initiative.state)) {
    const note =
      initiative.state === 'included'
        ? 'Allerede optaget uden for pakken'
        : stateLabels[initiative.state];
    return { ...entry, outcome: 'unchanged', steps: [], note };
  }
  const reason = `Ikke med i budgetaftalen (${agreementPackageLabel(agreed)})`;
  const step: AgreementStep = { number: initiative.number, command: { type: 'reject', reason } };
  return { ...entry, outcome: 'rejected', steps: [step], note: null };
}

/**
 * Whether an initiative in this state has had the step already: the agreement's workflow asks
 * after a refusal, so that a step taken before (by an earlier attempt, or its initiative's
 * earlier run, whose update ids a new run does not know) is done and never taken twice.
 */
export function agreementStepTaken(
  command: AgreementCommand['type'],
  state: LifecycleState,
): boolean {
  switch (command) {
    case 'openNegotiation':
      return state === 'inNegotiation' || state === 'included';
    case 'include':
      return state === 'included';
    case 'reject':
      return state === 'rejected';
  }
}

/** How a step of the agreement went: taken now, found taken already, or refused. */
export type AgreementStepResult = 'taken' | 'alreadyTaken' | 'refused';

export const agreementStepResultLabels: Record<AgreementStepResult, string> = {
  taken: 'Udført',
  alreadyTaken: 'Var allerede udført',
  refused: 'Ikke udført',
};

/** An agreement is running until every step has been tried, then concluded. */
export type AgreementState = 'running' | 'concluded';

export const agreementStateLabels: Record<AgreementState, string> = {
  running: 'Budgetaftalen gennemføres',
  concluded: 'Budgetaftalen er indgået',
};

/** How one step went, when; the message is the initiative's refusal. */
export interface AgreementStepOutcome {
  readonly number: InitiativeNumber;
  readonly command: AgreementCommand['type'];
  readonly result: AgreementStepResult;
  readonly message: string | null;
  readonly at: string;
}

/** The agreement as its workflow records it: what it set out to do, and how far it has come. */
export interface AgreementRecord {
  readonly roundId: string;
  readonly package: AgreementPackageRef;
  readonly state: AgreementState;
  /** The planned steps, in order; outcomes[i] is how steps[i] went. */
  readonly steps: readonly {
    readonly number: InitiativeNumber;
    readonly command: AgreementCommand['type'];
  }[];
  readonly outcomes: readonly AgreementStepOutcome[];
  readonly startedBy: string;
  readonly startedAt: string;
  readonly concludedAt: string | null;
}

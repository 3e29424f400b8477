// Fixtures for the domain's specs: actors, a filled-in form and initiatives in each state.
// Named *.spec-helper.ts so that jest (testMatch *.spec.ts) does not run it as a test.
import type { Actor } from '../actor';
import type { EconomyTable, YearAmounts } from '../initiative/economy';
import type { InitiativeForm } from '../initiative/form';
import { type Kroner, kronerFromMioKr } from '../money/money';
import type { Assessment, Command, CommandType } from './commands';
import type { Initiative } from './initiative';
import type { LifecycleState } from './states';
import { createInitiative, type Decision, transition } from './transition';

export const roundId = 'budget-2026-2029';
export const years = [2026, 2027, 2028, 2029] as const;
export const at = '2025-09-02T10:00:00.000Z';
export const later = '2025-09-03T08:30:00.000Z';

// --- Actors -------------------------------------------------------------------------------

export function member(id: string, ...partyGroups: string[]): Actor {
  return { id, role: 'partyGroupMember', partyGroups };
}

/** A member of Enhedslisten, the party group that puts forward the default initiative. */
export const enhedslistenMember = member('mette.ø', 'Enhedslisten');
export const venstreMember = member('villy.v', 'Venstre');
export const socialdemokratietMember = member('sofie.a', 'Socialdemokratiet');
export const sfMember = member('frank.f', 'SF');
export const official: Actor = { id: 'anne.adm', role: 'administration', partyGroups: [] };
export const coordinator: Actor = { id: 'karl.koord', role: 'coordinator', partyGroups: [] };
export const systemAdministrator: Actor = {
  id: 'sys',
  role: 'systemAdministrator',
  partyGroups: [],
};

// --- Money and forms ----------------------------------------------------------------------

/** mio. kr. as written on the form, in kroner; throws on amounts the form does not allow. */
export function mio(mioKr: number): Kroner {
  const kroner = kronerFromMioKr(mioKr);
  if (kroner === null) throw new RangeError(`${mioKr} mio. kr. is not an amount of the form`);
  return kroner;
}

/** An economy table from mio. kr. per year, e.g. economy({ otherOperations: { 2026: 0.3 } }). */
export function economy(rows: {
  establishmentCosts?: Record<number, number>;
  salaries?: Record<number, number>;
  otherOperations?: Record<number, number>;
  staffFte?: Record<number, number>;
}): EconomyTable {
  const inKroner = (amounts: Record<number, number> = {}): YearAmounts =>
    Object.fromEntries(Object.entries(amounts).map(([year, amount]) => [year, mio(amount)]));
  const tenths = (fte: Record<number, number> = {}): YearAmounts =>
    Object.fromEntries(Object.entries(fte).map(([year, value]) => [year, Math.round(value * 10)]));
  return {
    establishmentCosts: inKroner(rows.establishmentCosts),
    salaries: inKroner(rows.salaries),
    otherOperations: inKroner(rows.otherOperations),
    staffFteTenths: tenths(rows.staffFte),
  };
}

/** "4.2 Omsorgstopmøde", as Enhedslisten filled in the form. */
export function aForm(overrides: Partial<InitiativeForm> = {}): InitiativeForm {
  return {
    title: 'Omsorgstopmøde',
    submittedBy: { kind: 'partyGroups', partyGroups: ['Enhedslisten'] },
    purpose: 'Et årligt topmøde om omsorg i regionen med patienter, pårørende og personale.',
    background: 'Pårørende efterspørger et fast forum.',
    economy: economy({ otherOperations: { 2026: 0.3, 2027: 0.3, 2028: 0.3, 2029: 0.3 } }),
    elaboration: '',
    financing: [{ area: 'health', share: '1' }],
    commitmentBudgeting: null,
    scalable: true,
    agreementTextDraft: 'Parterne er enige om at afholde et årligt omsorgstopmøde.',
    sustainableDevelopmentGoals: 'Verdensmål 3: Sundhed og trivsel.',
    ...overrides,
  };
}

export const jointForm = (overrides: Partial<InitiativeForm> = {}): InitiativeForm =>
  aForm({
    submittedBy: { kind: 'partyGroups', partyGroups: ['Socialdemokratiet', 'SF'] },
    ...overrides,
  });

export const administrationForm = (overrides: Partial<InitiativeForm> = {}): InitiativeForm =>
  aForm({
    title: 'Ny it-platform til akutområdet',
    submittedBy: { kind: 'administration' },
    ...overrides,
  });

export const requiresFunding: Assessment = { conclusion: 'requiresFunding', canBeMergedInto: null };
export const withinExistingFrame: Assessment = {
  conclusion: 'withinExistingFrame',
  canBeMergedInto: null,
};

// --- Initiatives --------------------------------------------------------------------------

/** The decision's initiative; fails the test with the refusal when the step was refused. */
export function accepted(decision: Decision): Initiative {
  if (!decision.ok)
    throw new Error(`Refused (${decision.refusal.code}): ${decision.refusal.message}`);
  return decision.initiative;
}

/** The refusal of a decision; fails the test when the step was allowed. */
export function refusalOf(decision: Decision): { code: string; message: string } {
  if (decision.ok)
    throw new Error(`Expected a refusal, but the initiative went to ${decision.initiative.state}`);
  return decision.refusal;
}

export function aDraft(options: { number?: string; form?: InitiativeForm } = {}): Initiative {
  const form = options.form ?? aForm();
  const creator =
    form.submittedBy.kind === 'administration'
      ? official
      : member('creator', ...form.submittedBy.partyGroups);
  return accepted(
    createInitiative({ roundId, number: options.number ?? '4.2', years, form }, creator, at),
  );
}

/** The steps that take an initiative from draft to each state, with who takes them. */
const stepsTo: Record<LifecycleState, readonly [Command, 'submitter' | Actor][]> = {
  draft: [],
  submitted: [[{ type: 'submit' }, 'submitter']],
  inReview: [
    [{ type: 'submit' }, 'submitter'],
    [{ type: 'startReview' }, official],
  ],
  costed: [
    [{ type: 'submit' }, 'submitter'],
    [{ type: 'startReview' }, official],
    [
      {
        type: 'completeReview',
        comments: 'Forslaget kræver finansiering.',
        assessment: requiresFunding,
      },
      official,
    ],
    [
      {
        type: 'cost',
        economy: economy({ otherOperations: { 2026: 0.3, 2027: 0.3, 2028: 0.3, 2029: 0.3 } }),
      },
      official,
    ],
  ],
  inNegotiation: [],
  included: [],
  merged: [
    [{ type: 'submit' }, 'submitter'],
    [{ type: 'merge', into: '4.9' }, coordinator],
  ],
  rejected: [
    [{ type: 'submit' }, 'submitter'],
    [{ type: 'reject', reason: 'Der er ikke flertal for forslaget.' }, coordinator],
  ],
  withdrawn: [
    [{ type: 'withdraw', reason: 'Forslagsstilleren har trukket forslaget.' }, 'submitter'],
  ],
};
stepsTo.inNegotiation = [...stepsTo.costed, [{ type: 'openNegotiation' }, coordinator]];
stepsTo.included = [...stepsTo.inNegotiation, [{ type: 'include' }, coordinator]];

/**
 * An initiative brought to the state through the lifecycle itself (so its review and costing are
 * as they would be). `reviewed` completes the administration's review of an initiative in review.
 */
export function initiativeIn(
  state: LifecycleState,
  options: { number?: string; form?: InitiativeForm; reviewed?: Assessment } = {},
): Initiative {
  let initiative = aDraft(options);
  const submitter = submitterOf(initiative.form);
  for (const [command, who] of stepsTo[state]) {
    initiative = accepted(
      transition(initiative, command, who === 'submitter' ? submitter : who, at),
    );
  }
  if (options.reviewed) {
    const review: Command = {
      type: 'completeReview',
      comments: 'Administrationens vurdering.',
      assessment: options.reviewed,
    };
    initiative = accepted(transition(initiative, review, official, at));
  }
  return initiative;
}

export function submitterOf(form: InitiativeForm): Actor {
  return form.submittedBy.kind === 'administration'
    ? official
    : member('submitter', ...form.submittedBy.partyGroups);
}

/** A command of each type that holds in a state where the type is allowed. */
export function aValidCommand(type: CommandType): Command {
  switch (type) {
    case 'editDraft':
      return { type, form: aForm({ title: 'Omsorgstopmøde for pårørende' }) };
    case 'completeReview':
      return { type, comments: 'Forslaget kræver finansiering.', assessment: requiresFunding };
    case 'cost':
      return { type, economy: economy({ otherOperations: { 2026: 0.4 } }) };
    case 'reject':
      return { type, reason: 'Der er ikke flertal for forslaget.' };
    case 'withdraw':
      return { type, reason: 'Forslaget er ikke længere aktuelt.' };
    case 'merge':
      return { type, into: '4.5' };
    case 'absorb':
      return { type, source: '4.7' };
    case 'submit':
    case 'startReview':
    case 'openNegotiation':
    case 'include':
      return { type };
  }
}

// Generators for the lifecycle's property specs: actors, forms, commands of every type with valid
// and invalid payloads. Named *.spec-helper.ts so that jest does not run it as a test.
import fc, { type Arbitrary } from 'fast-check';
import type { Actor } from '../actor';
import type { SubmissionWindow } from '../calendar/submission';
import {
  economyArb,
  economyOutsideRoundArb,
  economyWithoutMoneyArb,
  financingArb,
  invalidFinancingArb,
} from '../initiative/arbitraries.spec-helper';
import { financingAreas } from '../initiative/financing';
import type { InitiativeForm, SubmittedBy } from '../initiative/form';
import type { Assessment, Command, CommandType } from './commands';

export const partyGroupNames = [
  'Enhedslisten',
  'Venstre',
  'Socialdemokratiet',
  'SF',
  'Konservative',
];

const textArb = fc.oneof(
  fc.constantFrom('Omsorgstopmøde', 'Ny it-platform til akutområdet', 'Flere sengepladser'),
  fc.string({ maxLength: 12 }),
);
const filledArb = textArb.filter((text) => text.trim() !== '');
const blankArb = fc.constantFrom('', ' ', '\t \n');
/** Mostly filled in, sometimes left blank. */
const mostlyFilledArb = fc.oneof(
  { arbitrary: filledArb, weight: 4 },
  { arbitrary: blankArb, weight: 1 },
);

/** Instants around a submission deadline in early autumn. */
export const instantArb: Arbitrary<string> = fc
  .date({
    min: new Date('2025-08-01T00:00:00Z'),
    max: new Date('2025-10-31T23:59:59Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());

export const initiativeNumberArb: Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 20 }))
  .map(([committee, serial]) => `${committee}.${serial}`);

// --- Actors --------------------------------------------------------------------------------

export const memberArb: Arbitrary<Actor> = fc
  .record({
    id: fc.constantFrom('mette.ø', 'villy.v', 'sofie.a', 'frank.f'),
    partyGroups: fc.subarray(partyGroupNames),
  })
  .map(({ id, partyGroups }) => ({ id, role: 'partyGroupMember', partyGroups }));

/** The administration: reviewing every area (reviewAreas absent or empty) or only some. */
export const officialArb: Arbitrary<Actor> = fc
  .record({
    id: fc.constantFrom('anne.adm', 'bo.adm'),
    reviewAreas: fc.option(fc.subarray([...financingAreas]), { nil: undefined }),
  })
  .map(({ id, reviewAreas }) =>
    reviewAreas
      ? { id, role: 'administration', partyGroups: [], reviewAreas }
      : { id, role: 'administration', partyGroups: [] },
  );

export const actorArb: Arbitrary<Actor> = fc.oneof(
  memberArb,
  officialArb,
  fc.constantFrom<Actor>(
    { id: 'karl.koord', role: 'coordinator', partyGroups: [] },
    { id: 'kirsten.koord', role: 'coordinator', partyGroups: [] },
  ),
  fc.constant<Actor>({ id: 'sys', role: 'systemAdministrator', partyGroups: [] }),
);

// --- Forms ---------------------------------------------------------------------------------

export const submittedByArb: Arbitrary<SubmittedBy> = fc.oneof(
  {
    arbitrary: fc
      .subarray(partyGroupNames, { minLength: 1, maxLength: 3 })
      .map((partyGroups): SubmittedBy => ({ kind: 'partyGroups', partyGroups })),
    weight: 3,
  },
  { arbitrary: fc.constant<SubmittedBy>({ kind: 'administration' }), weight: 1 },
);

/** A form every version of which the lifecycle keeps; not always complete enough to submit. */
export function formArb(years: readonly number[]): Arbitrary<InitiativeForm> {
  return fc.record({
    title: filledArb,
    submittedBy: submittedByArb,
    purpose: mostlyFilledArb,
    background: textArb,
    economy: fc.oneof(
      { arbitrary: economyArb(years), weight: 3 },
      { arbitrary: economyWithoutMoneyArb(years), weight: 1 },
    ),
    elaboration: textArb,
    financing: fc.oneof(
      { arbitrary: financingArb, weight: 4 },
      { arbitrary: fc.constant([]), weight: 1 },
    ),
    commitmentBudgeting: fc.option(fc.boolean(), { nil: null }),
    scalable: fc.option(fc.boolean(), { nil: null }),
    agreementTextDraft: textArb,
    sustainableDevelopmentGoals: textArb,
  });
}

/** A form breaking one rule every version must keep. */
export function brokenFormArb(years: readonly number[]): Arbitrary<InitiativeForm> {
  const form = formArb(years);
  return fc.oneof(
    fc.tuple(form, blankArb).map(([valid, title]) => ({ ...valid, title })),
    form.map((valid): InitiativeForm => ({
      ...valid,
      submittedBy: { kind: 'partyGroups', partyGroups: [] },
    })),
    fc
      .tuple(form, economyOutsideRoundArb(years))
      .map(([valid, economy]) => ({ ...valid, economy })),
    fc.tuple(form, invalidFinancingArb).map(([valid, financing]) => ({ ...valid, financing })),
  );
}

// --- Commands ------------------------------------------------------------------------------

/** The initiative a scenario is about: its number (merge targets) and its round's years. */
export interface Context {
  readonly number: string;
  readonly years: readonly number[];
}

/** 'valid': payloads that hold by themselves; 'any': valid and invalid ones. */
export type Payloads = 'valid' | 'any';

const commentArb = fc.constantFrom('Efter aftale', 'Fordelt til Sundhed', '');

const windowArb: Arbitrary<SubmissionWindow> = fc.record({
  deadline: fc.option(instantArb, { nil: null }),
  lateAllowed: fc.boolean(),
});

function otherNumberArb(context: Context, payloads: Payloads): Arbitrary<string> {
  const other = initiativeNumberArb.filter((number) => number !== context.number);
  return payloads === 'valid'
    ? other
    : fc.oneof(
        { arbitrary: other, weight: 3 },
        { arbitrary: fc.constant(context.number), weight: 1 },
      );
}

function assessmentArb(context: Context, payloads: Payloads): Arbitrary<Assessment> {
  return fc.record({
    conclusion: fc.oneof(
      { arbitrary: fc.constant('requiresFunding' as const), weight: 3 },
      { arbitrary: fc.constant('withinExistingFrame' as const), weight: 1 },
    ),
    canBeMergedInto: fc.option(otherNumberArb(context, payloads), { nil: null }),
  });
}

/** A command of the type; its optional fields sometimes absent, as the API passes them on. */
export function commandArb(
  type: CommandType,
  context: Context,
  payloads: Payloads,
): Arbitrary<Command> {
  const any = payloads === 'any';
  const text = any ? mostlyFilledArb : filledArb;
  const { years } = context;
  switch (type) {
    case 'editDraft':
      return fc.record({
        type: fc.constant(type),
        form: any
          ? fc.oneof({ arbitrary: formArb(years), weight: 3 }, brokenFormArb(years))
          : formArb(years),
      });
    case 'submit':
      return fc.record(
        {
          type: fc.constant(type),
          comment: commentArb,
          window: any ? windowArb : windowArb.map((window) => ({ ...window, lateAllowed: true })),
        },
        { requiredKeys: ['type'] },
      );
    case 'startReview':
    case 'openNegotiation':
    case 'include':
      return fc.record(
        { type: fc.constant(type), comment: commentArb },
        { requiredKeys: ['type'] },
      );
    case 'completeReview':
      return fc.record({
        type: fc.constant(type),
        comments: text,
        assessment: assessmentArb(context, payloads),
      });
    case 'cost':
      return fc.record(
        {
          type: fc.constant(type),
          economy: any
            ? fc.oneof(
                { arbitrary: economyArb(years), weight: 3 },
                { arbitrary: economyWithoutMoneyArb(years), weight: 2 },
                economyOutsideRoundArb(years),
              )
            : economyArb(years),
          financing: any
            ? fc.oneof({ arbitrary: financingArb, weight: 3 }, invalidFinancingArb, fc.constant([]))
            : financingArb,
          comment: commentArb,
        },
        { requiredKeys: any ? ['type', 'economy'] : ['type', 'economy', 'financing'] },
      );
    case 'reject':
    case 'withdraw':
      return fc.record({ type: fc.constant(type), reason: text });
    case 'merge':
      return fc.record(
        { type: fc.constant(type), into: otherNumberArb(context, payloads), comment: commentArb },
        { requiredKeys: ['type', 'into'] },
      );
    case 'absorb':
      return fc.record({ type: fc.constant(type), source: otherNumberArb(context, payloads) });
  }
}

// Scenarios for the lifecycle's property specs: a fresh draft and a list of steps, random or
// guided along the process, and the runner that plays them checking every invariant at every step.
import fc, { type Arbitrary } from 'fast-check';
import type { Actor } from '../actor';
import { roundYearsArb } from '../initiative/arbitraries.spec-helper';
import type { InitiativeForm } from '../initiative/form';
import {
  actorArb,
  commandArb,
  type Context,
  formArb,
  initiativeNumberArb,
  instantArb,
} from './arbitraries.spec-helper';
import type { Command, CommandType } from './commands';
import {
  type Attempt,
  initiativeInvariants,
  type Invariant,
  type Reached,
  refusalInvariants,
  stepInvariants,
} from './invariants.spec-helper';
import { aSubmitter, commandTypes, rightfulActor } from './lifecycle-model.spec-helper';
import { createInitiative, type Decision, transition } from './transition';

/** Who sends a step: anyone at all, or someone the process names for it (found at the time). */
export type Sender =
  | { readonly kind: 'anyone'; readonly actor: Actor }
  | { readonly kind: 'rightful'; readonly pick: number };

export interface PlannedStep {
  readonly command: Command;
  readonly sender: Sender;
  readonly at: string;
  /** For editDraft: keep the current submitters, so that a rightful editor stays among them. */
  readonly keepSubmitters: boolean;
}

export interface Scenario extends Context {
  readonly form: InitiativeForm;
  /** Which of the submitters creates the draft. */
  readonly creatorPick: number;
  readonly steps: readonly PlannedStep[];
}

const senderArb: Arbitrary<Sender> = fc.oneof(
  actorArb.map((actor): Sender => ({ kind: 'anyone', actor })),
  fc.nat().map((pick): Sender => ({ kind: 'rightful', pick })),
);

function stepArb(command: Arbitrary<Command>, sender = senderArb): Arbitrary<PlannedStep> {
  const keepSubmitters = fc.oneof(
    { arbitrary: fc.constant(true), weight: 3 },
    { arbitrary: fc.constant(false), weight: 1 },
  );
  return fc.record({ command, sender, at: instantArb, keepSubmitters });
}

/** The steps that end an initiative; sent less often, or few scenarios would get far. */
const ending: CommandType[] = ['reject', 'withdraw', 'merge'];

/** Any command, by anyone. */
const randomStepArb = (context: Context) =>
  stepArb(
    fc
      .oneof(
        {
          arbitrary: fc.constantFrom(...commandTypes.filter((type) => !ending.includes(type))),
          weight: 6,
        },
        { arbitrary: fc.constantFrom(...ending), weight: 1 },
      )
      .chain((type) => commandArb(type, context, 'any')),
  );

/** The way through the process, step by step, each by someone whose step it is. */
const forward: CommandType[] = [
  'submit',
  'startReview',
  'completeReview',
  'cost',
  'openNegotiation',
  'include',
];

/**
 * Random steps alone seldom get far; a guided scenario takes the way forward some distance, with
 * random steps in between, and may end it (reject, withdraw, merge) before going on at random.
 */
function guidedStepsArb(context: Context): Arbitrary<PlannedStep[]> {
  const rightful = (type: CommandType) =>
    stepArb(
      commandArb(type, context, 'valid'),
      fc.nat().map((pick): Sender => ({ kind: 'rightful', pick })),
    );
  const noise = fc.array(randomStepArb(context), { maxLength: 1 });
  return fc
    .record({
      distance: fc.oneof(fc.nat({ max: forward.length }), fc.constant(forward.length)),
      way: fc.tuple(...forward.map((type) => fc.tuple(rightful(type), noise))),
      end: fc.option(fc.constantFrom(...ending).chain(rightful), { nil: null }),
      after: fc.array(randomStepArb(context), { maxLength: 4 }),
    })
    .map(({ distance, way, end, after }) => [
      ...way.slice(0, distance).flatMap(([step, between]) => [step, ...between]),
      ...(end ? [end] : []),
      ...after,
    ]);
}

export const scenarioArb: Arbitrary<Scenario> = fc
  .record({ number: initiativeNumberArb, years: roundYearsArb })
  .chain((context) =>
    fc.record({
      number: fc.constant(context.number),
      years: fc.constant(context.years),
      form: formArb(context.years),
      creatorPick: fc.nat(),
      steps: fc.oneof(fc.array(randomStepArb(context), { maxLength: 25 }), guidedStepsArb(context)),
    }),
  );

function check<T>(invariants: readonly Invariant<T>[], subject: T, describe: () => string) {
  for (const invariant of invariants) {
    if (!invariant.holds(subject)) {
      throw new Error(`Invariant ${invariant.name} broken: ${invariant.says}\n${describe()}`);
    }
  }
}

const show = (attempt: Attempt, decision?: Decision) =>
  JSON.stringify(
    {
      state: attempt.before.state,
      command: attempt.command,
      actor: attempt.actor,
      at: attempt.at,
      decision: decision && (decision.ok ? { record: decision.record } : decision.refusal),
    },
    null,
    1,
  );

/** The draft a scenario starts from, created by one of its submitters. */
export function createDraft(scenario: Scenario): Reached {
  const { number, years, form } = scenario;
  const decision = createInitiative(
    { roundId: 'budget-2026-2029', number, years, form },
    aSubmitter(form, scenario.creatorPick),
    '2025-08-01T08:00:00.000Z',
  );
  if (!decision.ok) throw new Error(`The draft was refused: ${decision.refusal.message}`);
  return { initiative: decision.initiative, history: [decision.record] };
}

/**
 * Plays a scenario's steps from a fresh draft, checking every invariant at every step; returns
 * every initiative reached. A refused step must leave the initiative as it was.
 */
export function runScenario(scenario: Scenario): Reached[] {
  let reached = createDraft(scenario);
  check(initiativeInvariants, reached, () => 'after creating the draft');
  const all = [reached];
  for (const step of scenario.steps) {
    const before = reached.initiative;
    const actor =
      step.sender.kind === 'anyone'
        ? step.sender.actor
        : rightfulActor(step.command.type, before, step.sender.pick);
    const command: Command =
      step.command.type === 'editDraft' && step.keepSubmitters
        ? { ...step.command, form: { ...step.command.form, submittedBy: before.form.submittedBy } }
        : step.command;
    const attempt: Attempt = { before, command, actor, at: step.at };
    const snapshot = JSON.stringify(before);
    const decision = transition(before, command, actor, step.at);
    if (JSON.stringify(before) !== snapshot) {
      throw new Error(
        'Invariant initiativeGivenIsUntouched broken: transition never changes the initiative ' +
          `it is given, so a refused step leaves it as it was\n${show(attempt, decision)}`,
      );
    }
    if (!decision.ok) {
      check(refusalInvariants, { ...attempt, ...decision.refusal }, () => show(attempt, decision));
      continue;
    }
    check(stepInvariants, { ...attempt, after: decision.initiative, record: decision.record }, () =>
      show(attempt, decision),
    );
    reached = { initiative: decision.initiative, history: [...reached.history, decision.record] };
    check(initiativeInvariants, reached, () => show(attempt, decision));
    all.push(reached);
  }
  return all;
}

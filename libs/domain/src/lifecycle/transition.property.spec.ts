import fc from 'fast-check';
import { roundYearsArb } from '../initiative/arbitraries.spec-helper';
import {
  actorArb,
  brokenFormArb,
  formArb,
  initiativeNumberArb,
  instantArb,
} from './arbitraries.spec-helper';
import { initiativeInvariants, isDanishMessage } from './invariants.spec-helper';
import {
  amongSubmitters,
  commandTypes,
  everyoneFor,
  fits,
  lifecycleModel,
  readyFor,
  wellFormed,
} from './lifecycle-model.spec-helper';
import { runScenario, scenarioArb } from './scenarios.spec-helper';
import { lifecycleStates, type LifecycleState } from './states';
import { createInitiative, transition } from './transition';

// Property-based specs of the lifecycle: random scenarios from a fresh draft, each step checked
// against the named invariants in invariants.spec-helper.ts and the second statement of the
// lifecycle in lifecycle-model.spec-helper.ts. fast-check prints the seed of a failing run.

describe('creating a draft, for any form and anyone', () => {
  const attemptArb = fc
    .record({ years: roundYearsArb, broken: fc.boolean() })
    .chain(({ years, broken }) =>
      fc.record({
        years: fc.constant(years),
        broken: fc.constant(broken),
        form: broken ? brokenFormArb(years) : formArb(years),
        number: initiativeNumberArb,
        actor: actorArb,
        at: instantArb,
      }),
    );

  it('gives the submitters a draft of a valid form, as version 1; refuses the rest in Danish', () => {
    fc.assert(
      fc.property(attemptArb, ({ years, number, broken, form, actor, at }) => {
        const decision = createInitiative({ roundId: 'budget', number, years, form }, actor, at);
        const submitter = amongSubmitters(actor, form);

        expect(decision.ok).toBe(submitter && !broken);
        if (!decision.ok) {
          expect(decision.refusal.code).toBe(submitter ? 'invalidData' : 'forbidden');
          expect(isDanishMessage(decision.refusal.message)).toBe(true);
          return;
        }
        expect(decision.initiative).toMatchObject({
          state: 'draft',
          version: 1,
          form,
          review: null,
          costing: null,
          createdAt: at,
          updatedAt: at,
        });
        expect(decision.record).toMatchObject({
          seq: 1,
          command: 'create',
          from: null,
          to: 'draft',
        });
        const reached = { initiative: decision.initiative, history: [decision.record] };
        const failing = initiativeInvariants.filter((invariant) => !invariant.holds(reached));
        expect(failing.map((invariant) => invariant.name)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('any sequence of commands, by anyone, from a fresh draft', () => {
  it('keeps every invariant at every step, and a refusal leaves the initiative as it was', () => {
    const visited = new Set<LifecycleState>();
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        for (const { initiative } of runScenario(scenario)) visited.add(initiative.state);
      }),
      { numRuns: 1500 },
    );
    // The scenarios test the lifecycle only as far as they get: they must reach every state.
    expect([...visited].sort()).toEqual([...lifecycleStates].sort());
  });
});

describe('the lifecycle table, as a model', () => {
  it('accepts in each state reached exactly the steps the table gives each role', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        for (const { initiative } of runScenario(scenario)) {
          for (const actor of everyoneFor(initiative)) {
            for (const type of commandTypes) {
              const step = lifecycleModel[type];
              const expected = !step.from.includes(initiative.state)
                ? type === 'absorb'
                  ? 'invalidMergeTarget'
                  : 'invalidState'
                : !fits(step.who, actor, initiative)
                  ? 'forbidden'
                  : readyFor(type, initiative)
                    ? 'accepted'
                    : 'invalidData';
              const decision = transition(
                initiative,
                wellFormed(type, initiative),
                actor,
                '2025-09-02T10:00:00.000Z',
              );
              const outcome = decision.ok ? 'accepted' : decision.refusal.code;
              if (outcome !== expected) {
                // Thrown rather than expect()ed: this runs some hundred thousand times.
                throw new Error(
                  `${type} from ${initiative.state} by ${JSON.stringify(actor)}: ${outcome}, ` +
                    `the table says ${expected}`,
                );
              }
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

import fc from 'fast-check';
import { actorArb, commandArb, instantArb } from './arbitraries.spec-helper';
import { personCommandTypes } from './commands';
import { everyoneFor, lifecycleModel, wellFormed } from './lifecycle-model.spec-helper';
import { commandsOpenTo } from './open-commands';
import { runScenario, scenarioArb } from './scenarios.spec-helper';
import { transition } from './transition';

// The commands offered to a person must agree with transition(): offered exactly when it refuses
// the command neither for the state nor for the person's role, nor because a step it waits for
// (the review, before a costing) has not been taken. Refusals for what is sent, or for the form
// itself, do not count: the person can put those right.

const at = '2025-09-02T10:00:00.000Z';

describe('the commands open to someone, in every state reached', () => {
  it('are exactly those transition() refuses neither for state, role, nor a step awaited', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        for (const { initiative, history } of runScenario(scenario)) {
          for (const actor of everyoneFor(initiative)) {
            const open = commandsOpenTo(actor, initiative);
            for (const type of personCommandTypes) {
              const decision = transition(initiative, wellFormed(type, initiative), actor, at);
              const outcome = decision.ok ? 'accepted' : decision.refusal.code;
              const awaited = lifecycleModel[type].after;
              const waiting =
                awaited !== undefined && !history.some((record) => record.command === awaited);
              const refusedWhateverSent =
                outcome === 'invalidState' ||
                outcome === 'forbidden' ||
                (waiting && outcome === 'invalidData');
              if (open.includes(type) === refusedWhateverSent) {
                // Thrown rather than expect()ed: this runs some hundred thousand times.
                throw new Error(
                  `${type} from ${initiative.state} by ${JSON.stringify(actor)}: ${outcome}, ` +
                    `yet ${open.includes(type) ? 'offered' : 'not offered'} (${open.join(', ')})`,
                );
              }
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leave out nothing transition() would take, whatever is sent and by whomever', () => {
    const caseArb = scenarioArb.chain((scenario) =>
      fc.record({
        scenario: fc.constant(scenario),
        attempts: fc.array(
          fc.record({
            actor: actorArb,
            command: fc
              .constantFrom(...personCommandTypes)
              .chain((type) => commandArb(type, scenario, 'any')),
            at: instantArb,
          }),
          { minLength: 1, maxLength: 12 },
        ),
      }),
    );
    fc.assert(
      fc.property(caseArb, ({ scenario, attempts }) => {
        for (const { initiative } of runScenario(scenario)) {
          for (const { actor, command, at: when } of attempts) {
            const open: readonly string[] = commandsOpenTo(actor, initiative);
            if (open.includes(command.type)) continue;
            const decision = transition(initiative, command, actor, when);
            if (decision.ok) {
              throw new Error(
                `${command.type} from ${initiative.state} by ${JSON.stringify(actor)} was ` +
                  'accepted, yet not offered',
              );
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never include the merge target's own step (absorb), nor anything for a system administrator", () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        for (const { initiative } of runScenario(scenario)) {
          for (const actor of everyoneFor(initiative)) {
            const open: string[] = commandsOpenTo(actor, initiative);
            expect(open).not.toContain('absorb');
            if (actor.role === 'systemAdministrator') expect(open).toEqual([]);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

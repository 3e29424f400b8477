import type { Actor } from '../actor';
import type { CommandType } from './commands';
import {
  aValidCommand,
  at,
  coordinator,
  enhedslistenMember,
  initiativeIn,
  later,
  official,
  refusalOf,
  requiresFunding,
  systemAdministrator,
  venstreMember,
} from './fixtures.spec-helper';
import { type LifecycleState, lifecycleStates } from './states';
import { transition } from './transition';

// The lifecycle as the negotiation's rules state it, written out here independently of lifecycleRules.
const open: LifecycleState[] = ['draft', 'submitted', 'inReview', 'costed', 'inNegotiation'];
const beyondDraft: LifecycleState[] = ['submitted', 'inReview', 'costed', 'inNegotiation'];
const expected: Record<CommandType, { from: LifecycleState[]; by: Actor }> = {
  editDraft: { from: ['draft'], by: enhedslistenMember },
  submit: { from: ['draft'], by: enhedslistenMember },
  startReview: { from: ['submitted'], by: official },
  completeReview: { from: ['inReview'], by: official },
  cost: { from: ['inReview'], by: official },
  openNegotiation: { from: ['costed'], by: coordinator },
  include: { from: ['inNegotiation'], by: coordinator },
  reject: { from: beyondDraft, by: coordinator },
  withdraw: { from: open, by: enhedslistenMember },
  merge: { from: beyondDraft, by: coordinator },
  absorb: { from: beyondDraft, by: coordinator },
};
const commandTypes = Object.keys(expected) as CommandType[];
const everyone = [enhedslistenMember, venstreMember, official, coordinator, systemAdministrator];

/** An initiative (4.2, Enhedslisten's) in the state; in review it has the administration's comments. */
const initiativeFor = (state: LifecycleState) =>
  initiativeIn(state, state === 'inReview' ? { reviewed: requiresFunding } : {});

describe('the lifecycle of an initiative', () => {
  const allowed = commandTypes.flatMap((type) =>
    expected[type].from.map((state) => [type, state] as const),
  );
  const notAllowed = commandTypes.flatMap((type) =>
    lifecycleStates
      .filter((state) => !expected[type].from.includes(state))
      .map((state) => [type, state] as const),
  );

  it.each(allowed)('allows %s from %s', (type, state) => {
    const initiative = initiativeFor(state);
    const decision = transition(initiative, aValidCommand(type), expected[type].by, later);

    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    expect(decision.initiative.version).toBe(initiative.version + 1);
    expect(decision.initiative.updatedAt).toBe(later);
    expect(decision.record).toMatchObject({
      seq: initiative.version + 1,
      command: type,
      from: state,
      to: decision.initiative.state,
      actor: { id: expected[type].by.id, role: expected[type].by.role },
      at: later,
    });
  });

  it.each(notAllowed)('refuses %s from %s', (type, state) => {
    const refusal = refusalOf(
      transition(initiativeFor(state), aValidCommand(type), expected[type].by, later),
    );

    expect(refusal.code).toBe(type === 'absorb' ? 'invalidMergeTarget' : 'invalidState');
    expect(refusal.message).toMatch(/[Ff]orslag 4\.2\b/);
  });

  it.each(commandTypes)('refuses %s by anyone whose step it is not', (type) => {
    const initiative = initiativeFor(expected[type].from[0] as LifecycleState);
    for (const actor of everyone.filter((someone) => someone !== expected[type].by)) {
      const refusal = refusalOf(transition(initiative, aValidCommand(type), actor, later));
      expect(refusal.code).toBe('forbidden');
      expect(refusal.message).toContain('forslag 4.2');
    }
  });

  it('names the initiative and its state when a step comes at the wrong time', () => {
    const refusal = refusalOf(
      transition(initiativeIn('draft'), { type: 'startReview' }, official, later),
    );

    expect(refusal).toEqual({
      code: 'invalidState',
      message: 'Forslag 4.2 er kladde; det kan ikke tages under administrativ behandling nu',
    });
  });

  it('names who may take the step when someone else tries', () => {
    const refusal = refusalOf(
      transition(initiativeIn('submitted'), { type: 'startReview' }, coordinator, later),
    );

    expect(refusal).toEqual({
      code: 'forbidden',
      message: 'Kun administrationen kan tage forslag 4.2 under administrativ behandling',
    });
  });

  it('checks the state before the role and the data', () => {
    const refusal = refusalOf(
      transition(initiativeIn('included'), { type: 'reject', reason: ' ' }, venstreMember, later),
    );

    expect(refusal.code).toBe('invalidState');
  });

  it.each(['included', 'merged', 'rejected', 'withdrawn'] as const)(
    'allows nothing once %s',
    (state) => {
      const initiative = initiativeIn(state);
      for (const type of commandTypes) {
        for (const actor of everyone) {
          expect(transition(initiative, aValidCommand(type), actor, later).ok).toBe(false);
        }
      }
    },
  );

  it('leaves the initiative it was given untouched', () => {
    const initiative = initiativeIn('inReview');
    const before = structuredClone(initiative);

    transition(initiative, aValidCommand('completeReview'), official, later);
    transition(initiative, { type: 'reject', reason: 'Ikke flertal.' }, coordinator, later);

    expect(initiative).toEqual(before);
  });

  it('numbers the records of a history one after another, from creation', () => {
    const included = initiativeIn('included');

    // create, submit, startReview, completeReview, cost, openNegotiation, include
    expect(included.version).toBe(7);
    expect(included.createdAt).toBe(at);
  });
});

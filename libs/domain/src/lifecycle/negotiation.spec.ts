import type { Actor } from '../actor';
import {
  aDraft,
  administrationForm,
  coordinator,
  enhedslistenMember,
  initiativeIn,
  jointForm,
  later,
  official,
  refusalOf,
  sfMember,
  venstreMember,
} from './fixtures.spec-helper';
import type { LifecycleState } from './states';
import { transition } from './transition';

describe('the negotiation', () => {
  it('opens for a costed initiative', () => {
    const decision = transition(
      initiativeIn('costed'),
      { type: 'openNegotiation', comment: 'Forhandling 1' },
      coordinator,
      later,
    );

    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    expect(decision.initiative.state).toBe('inNegotiation');
    expect(decision.record).toMatchObject({
      from: 'costed',
      to: 'inNegotiation',
      comment: 'Forhandling 1',
      data: null,
    });
  });

  it('includes an initiative in the budget agreement', () => {
    const negotiated = initiativeIn('inNegotiation');
    const decision = transition(negotiated, { type: 'include' }, coordinator, later);

    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    expect(decision.initiative).toMatchObject({
      state: 'included',
      version: negotiated.version + 1,
      closingReason: null,
    });
    expect(decision.record).toMatchObject({
      command: 'include',
      from: 'inNegotiation',
      to: 'included',
      comment: null,
    });
  });
});

describe('rejecting', () => {
  it.each(['submitted', 'inReview', 'costed', 'inNegotiation'] as const)(
    'rejects from %s, keeping the reason',
    (state) => {
      const reason = 'Der er ikke flertal for forslaget.';
      const decision = transition(
        initiativeIn(state),
        { type: 'reject', reason },
        coordinator,
        later,
      );

      expect(decision.ok).toBe(true);
      if (!decision.ok) return;
      expect(decision.initiative).toMatchObject({ state: 'rejected', closingReason: reason });
      expect(decision.record).toMatchObject({
        command: 'reject',
        from: state,
        to: 'rejected',
        comment: reason,
        data: null,
      });
    },
  );

  it('needs a reason that is not blank', () => {
    expect(
      refusalOf(
        transition(
          initiativeIn('submitted'),
          { type: 'reject', reason: '   ' },
          coordinator,
          later,
        ),
      ),
    ).toEqual({
      code: 'invalidData',
      message: 'Der skal angives en begrundelse for at afvise forslaget',
    });
  });

  it('is not possible for a draft, which only its submitter knows', () => {
    expect(
      refusalOf(
        transition(initiativeIn('draft'), { type: 'reject', reason: 'Nej' }, coordinator, later),
      ).code,
    ).toBe('invalidState');
  });
});

describe('withdrawing', () => {
  const reason = 'Forslaget er ikke længere aktuelt.';
  const open: LifecycleState[] = ['draft', 'submitted', 'inReview', 'costed', 'inNegotiation'];

  it.each(open)('is possible from %s, by the submitter', (state) => {
    const decision = transition(
      initiativeIn(state),
      { type: 'withdraw', reason },
      enhedslistenMember,
      later,
    );

    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    expect(decision.initiative).toMatchObject({ state: 'withdrawn', closingReason: reason });
    expect(decision.record).toMatchObject({
      command: 'withdraw',
      from: state,
      to: 'withdrawn',
      comment: reason,
    });
  });

  it.each<[string, Actor]>([
    ['a member of another party group', venstreMember],
    ['the administration', official],
    ['a coordinator', coordinator],
  ])('is refused for %s', (_, actor) => {
    expect(
      refusalOf(transition(initiativeIn('inReview'), { type: 'withdraw', reason }, actor, later))
        .code,
    ).toBe('forbidden');
  });

  it('needs a reason that is not blank', () => {
    const refusal = refusalOf(
      transition(aDraft(), { type: 'withdraw', reason: '' }, enhedslistenMember, later),
    );

    expect(refusal.code).toBe('invalidData');
    expect(refusal.message).toContain('Der skal angives en begrundelse');
  });

  it('lets a member of either group withdraw a joint initiative', () => {
    const submitted = initiativeIn('submitted', { form: jointForm() });

    expect(transition(submitted, { type: 'withdraw', reason }, sfMember, later).ok).toBe(true);
  });

  it('lets the administration withdraw its own proposal', () => {
    const submitted = initiativeIn('submitted', { form: administrationForm() });

    expect(transition(submitted, { type: 'withdraw', reason }, official, later).ok).toBe(true);
    expect(
      refusalOf(transition(submitted, { type: 'withdraw', reason }, enhedslistenMember, later))
        .code,
    ).toBe('forbidden');
  });

  it.each(['included', 'merged', 'rejected', 'withdrawn'] as const)(
    'is not possible once %s',
    (state) => {
      expect(
        refusalOf(
          transition(initiativeIn(state), { type: 'withdraw', reason }, enhedslistenMember, later),
        ).code,
      ).toBe('invalidState');
    },
  );
});

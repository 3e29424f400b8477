import { accepted, coordinator, initiativeIn, later, refusalOf } from './fixtures.spec-helper';
import { transition } from './transition';

describe('merging an initiative into another', () => {
  it('closes the initiative as merged, naming the one it went into (as 4.2 into 4.5)', () => {
    const decision = transition(
      initiativeIn('inReview'),
      { type: 'merge', into: '4.5', comment: 'Efter aftale' },
      coordinator,
      later,
    );

    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    expect(decision.initiative).toMatchObject({ state: 'merged', mergedInto: '4.5' });
    expect(decision.record).toMatchObject({
      command: 'merge',
      from: 'inReview',
      to: 'merged',
      comment: 'Efter aftale',
      data: { into: '4.5' },
    });
  });

  it('refuses merging an initiative into itself', () => {
    expect(
      refusalOf(
        transition(initiativeIn('submitted'), { type: 'merge', into: '4.2' }, coordinator, later),
      ),
    ).toEqual({
      code: 'invalidMergeTarget',
      message: 'Forslag 4.2 kan ikke indarbejdes i sig selv',
    });
  });
});

describe('absorbing a merged initiative', () => {
  const target = (state: Parameters<typeof initiativeIn>[0]) =>
    initiativeIn(state, { number: '4.5' });

  it('records what the target absorbs, and stays where it is', () => {
    const before = target('costed');
    const decision = transition(before, { type: 'absorb', source: '4.2' }, coordinator, later);

    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    expect(decision.initiative).toMatchObject({
      state: 'costed',
      absorbed: ['4.2'],
      version: before.version + 1,
    });
    expect(decision.record).toMatchObject({
      command: 'absorb',
      from: 'costed',
      to: 'costed',
      comment: null,
      data: { source: '4.2' },
    });
  });

  it('lists a source once when it is absorbed twice', () => {
    const once = accepted(
      transition(target('inReview'), { type: 'absorb', source: '4.2' }, coordinator, later),
    );
    const twice = accepted(transition(once, { type: 'absorb', source: '4.2' }, coordinator, later));

    expect(twice.absorbed).toEqual(['4.2']);
  });

  it('lists several sources in the order they came', () => {
    const first = accepted(
      transition(target('submitted'), { type: 'absorb', source: '4.2' }, coordinator, later),
    );
    const second = accepted(
      transition(first, { type: 'absorb', source: '4.10' }, coordinator, later),
    );

    expect(second.absorbed).toEqual(['4.2', '4.10']);
  });

  it('is refused by a draft, which answers as if it did not exist (drafts are invisible)', () => {
    expect(
      refusalOf(transition(target('draft'), { type: 'absorb', source: '4.2' }, coordinator, later)),
    ).toEqual({
      code: 'invalidMergeTarget',
      message: 'Forslag 4.5 findes ikke i budgetrunden',
    });
  });

  it.each(['included', 'merged', 'rejected', 'withdrawn'] as const)(
    'is refused by an initiative that is %s',
    (state) => {
      expect(
        refusalOf(transition(target(state), { type: 'absorb', source: '4.2' }, coordinator, later))
          .code,
      ).toBe('invalidMergeTarget');
    },
  );

  it('is refused by the source itself', () => {
    expect(
      refusalOf(
        transition(target('inReview'), { type: 'absorb', source: '4.5' }, coordinator, later),
      ).code,
    ).toBe('invalidMergeTarget');
  });
});

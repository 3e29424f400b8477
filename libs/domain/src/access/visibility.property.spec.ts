import fc from 'fast-check';
import { roundYearsArb } from '../initiative/arbitraries.spec-helper';
import { actorArb, formArb } from '../lifecycle/arbitraries.spec-helper';
import type { Initiative } from '../lifecycle/initiative';
import { amongSubmitters } from '../lifecycle/lifecycle-model.spec-helper';
import { lifecycleStates } from '../lifecycle/states';
import { canSeeInitiative, draftScope } from './visibility';

/** Anyone, and an initiative in any state (visibility looks at its state and its form). */
const caseArb = roundYearsArb.chain((years) =>
  fc.record({
    actor: actorArb,
    initiative: fc
      .record({ state: fc.constantFrom(...lifecycleStates), form: formArb(years) })
      .map(({ state, form }): Initiative => ({
        roundId: 'budget-2026-2029',
        number: '4.2',
        years,
        state,
        form,
        review: null,
        costing: null,
        mergedInto: null,
        absorbed: [],
        closingReason: null,
        createdAt: '2025-09-02T10:00:00.000Z',
        updatedAt: '2025-09-02T10:00:00.000Z',
        version: 1,
      })),
  }),
);

describe('who sees an initiative', () => {
  it('is, for a draft, exactly those who may edit it; once submitted, everyone', () => {
    fc.assert(
      fc.property(caseArb, ({ actor, initiative }) => {
        expect(canSeeInitiative(actor, initiative)).toBe(
          initiative.state !== 'draft' || amongSubmitters(actor, initiative.form),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with the draft scope the read model filters lists and totals by', () => {
    fc.assert(
      fc.property(caseArb, ({ actor, initiative }) => {
        const scope = draftScope(actor);
        const { submittedBy } = initiative.form;
        const inScope =
          submittedBy.kind === 'administration'
            ? scope.administrationDrafts
            : submittedBy.partyGroups.some((group) => scope.partyGroups.includes(group));
        expect(canSeeInitiative(actor, { ...initiative, state: 'draft' })).toBe(inScope);
      }),
      { numRuns: 1000 },
    );
  });
});

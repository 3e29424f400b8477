import fc from 'fast-check';
import { majorityOf, type Stance, stances } from './support';

const parties = ['A', 'B', 'C', 'F', 'O', 'V', 'Ø', 'I', 'K'];

/** A council: some of the parties, each with 0-30 seats. */
const councilArb = fc
  .subarray(parties, { minLength: 1 })
  .chain((members) =>
    fc.tuple(
      fc.constant(members),
      fc.array(fc.nat({ max: 30 }), { minLength: members.length, maxLength: members.length }),
    ),
  )
  .map(([members, counts]) => new Map(members.map((party, index) => [party, counts[index]!])));

/** Stances of any of the parties, in the council or not; the others have not said. */
const stancesArb: fc.Arbitrary<Map<string, Stance>> = fc
  .dictionary(fc.constantFrom(...parties), fc.constantFrom(...stances))
  .map((entries) => new Map(Object.entries(entries)));

describe('the majority, for any council and any stances', () => {
  it('shares out every seat once, and has a majority exactly when supporters hold more than half', () => {
    fc.assert(
      fc.property(councilArb, stancesArb, (seats, stancesByParty) => {
        const majority = majorityOf(stancesByParty, seats);
        const total = [...seats.values()].reduce((sum, count) => sum + count, 0);
        expect(majority.supporting + majority.opposing + majority.undecided).toBe(total);
        expect(majority.total).toBe(total);
        expect(majority.hasMajority).toBe(majority.supporting * 2 > total);
      }),
      { numRuns: 500 },
    );
  });

  it('never loses a majority when one more party comes out in support', () => {
    fc.assert(
      fc.property(councilArb, stancesArb, fc.constantFrom(...parties), (seats, before, party) => {
        const after = new Map(before).set(party, 'support');
        const was = majorityOf(before, seats);
        const is = majorityOf(after, seats);
        expect(is.supporting).toBeGreaterThanOrEqual(was.supporting);
        if (was.hasMajority) expect(is.hasMajority).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

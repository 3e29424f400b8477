import { majorityLabel, majorityOf, type Stance } from './support';

/** A council of 41 seats, as a region's: 20 + 1 + 10 + 6 + 4. */
const seats = new Map([
  ['A', 20],
  ['B', 1],
  ['C', 10],
  ['F', 6],
  ['V', 4],
]);
const stances = (entries: Record<string, Stance>) => new Map(Object.entries(entries));

describe('the majority behind a proposal', () => {
  it('needs more than half of all seats: 20 of 41 is not a majority, 21 is', () => {
    const twenty = majorityOf(stances({ A: 'support' }), seats);
    expect(twenty).toEqual({
      supporting: 20,
      opposing: 0,
      undecided: 21,
      total: 41,
      needed: 21,
      hasMajority: false,
    });
    expect(majorityLabel(twenty)).toBe('Ikke flertal: 20 af 41 mandater (21 kræves)');

    const twentyOne = majorityOf(stances({ A: 'support', B: 'support', V: 'oppose' }), seats);
    expect(twentyOne).toEqual({
      supporting: 21,
      opposing: 4,
      undecided: 16,
      total: 41,
      needed: 21,
      hasMajority: true,
    });
    expect(majorityLabel(twentyOne)).toBe('Flertal: 21 af 41 mandater');
  });

  it('takes exactly half of an even council as no majority', () => {
    const even = new Map([
      ['A', 20],
      ['B', 20],
    ]);
    expect(majorityOf(stances({ A: 'support' }), even)).toMatchObject({
      supporting: 20,
      total: 40,
      needed: 21,
      hasMajority: false,
    });
  });

  it('counts 21 of 41 as a majority whichever parties make it up', () => {
    const council = new Map([
      ['A', 11],
      ['C', 10],
      ['Ø', 20],
    ]);
    const majority = majorityOf(stances({ A: 'support', C: 'support', Ø: 'oppose' }), council);
    expect(majority).toMatchObject({ supporting: 21, opposing: 20, hasMajority: true });
    expect(majorityLabel(majority)).toBe('Flertal: 21 af 41 mandater');
  });

  it('counts a party that has not said, or is undecided, as not supporting', () => {
    expect(majorityOf(stances({ C: 'undecided', F: 'support' }), seats)).toEqual({
      supporting: 6,
      opposing: 0,
      undecided: 35,
      total: 41,
      needed: 21,
      hasMajority: false,
    });
  });

  it('gives the stance of a party without seats no weight, and a council without seats no majority', () => {
    expect(majorityOf(stances({ A: 'support', F: 'support', Ny: 'oppose' }), seats)).toMatchObject({
      supporting: 26,
      opposing: 0,
      total: 41,
      hasMajority: true,
    });
    const withEmptySeat = new Map([...seats, ['Ny', 0]]);
    expect(majorityOf(stances({ Ny: 'support' }), withEmptySeat)).toMatchObject({
      supporting: 0,
      total: 41,
      hasMajority: false,
    });
    const none = majorityOf(stances({ A: 'support' }), new Map());
    expect(none).toEqual({
      supporting: 0,
      opposing: 0,
      undecided: 0,
      total: 0,
      needed: 1,
      hasMajority: false,
    });
    expect(majorityLabel(none)).toBe('Ingen mandatfordeling for budgetrunden');
  });

  it('refuses seats that are not whole numbers of 0 or more', () => {
    expect(() => majorityOf(new Map(), new Map([['A', -1]]))).toThrow(RangeError);
    expect(() => majorityOf(new Map(), new Map([['A', 1.5]]))).toThrow(RangeError);
  });
});

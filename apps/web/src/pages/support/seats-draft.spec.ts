import { ApiProblem } from '../../api/client';
import type { PartyGroup, RoundSeats } from '../../api/types';
import { parseSeatsDraft, seatErrorsOf, seatsDraftOf, seatsSummary } from './seats-draft';

const group = (name: string, shortName: string): PartyGroup => ({ name, shortName, members: 1 });
const groups = [
  group('Venstre', 'V'),
  group('Socialdemokratiet', 'A'),
  group('SF', 'F'),
  group('Enhedslisten', 'Ø'),
];
const seats: RoundSeats = {
  roundId: 'budget-2027-2030',
  seats: [
    { partyGroup: 'Socialdemokratiet', shortName: 'A', seats: 12 },
    { partyGroup: 'SF', shortName: 'F', seats: 0 },
  ],
  total: 12,
  needed: 7,
};

describe('seatsDraftOf', () => {
  it('lists the seated groups as the round has them, then the others by name, empty', () => {
    expect(seatsDraftOf(seats, groups)).toEqual([
      { partyGroup: 'Socialdemokratiet', shortName: 'A', text: '12' },
      { partyGroup: 'SF', shortName: 'F', text: '0' },
      { partyGroup: 'Enhedslisten', shortName: 'Ø', text: '' },
      { partyGroup: 'Venstre', shortName: 'V', text: '' },
    ]);
  });

  it('lists every group empty while the round has no seats', () => {
    expect(seatsDraftOf(undefined, groups).every((row) => row.text === '')).toBe(true);
  });
});

describe('parseSeatsDraft', () => {
  const draft = seatsDraftOf(seats, groups);

  it('sends the whole set, leaving out the groups without a number, keeping a 0', () => {
    const typed = draft.map((row) =>
      row.partyGroup === 'Venstre' ? { ...row, text: ' 5 ' } : row,
    );
    expect(parseSeatsDraft(typed)).toEqual({
      body: {
        seats: [
          { partyGroup: 'Socialdemokratiet', seats: 12 },
          { partyGroup: 'SF', seats: 0 },
          { partyGroup: 'Venstre', seats: 5 },
        ],
      },
      errors: null,
    });
  });

  it.each(['-1', '2,5', 'tolv', '99999'])('refuses %p at its party group', (text) => {
    const typed = draft.map((row) => (row.partyGroup === 'SF' ? { ...row, text } : row));
    expect(parseSeatsDraft(typed).errors).toEqual({ SF: expect.stringMatching(/helt tal|1000/) });
  });

  it('counts the council as typed, and the majority it needs', () => {
    const typed = draft.map((row) => (row.partyGroup === 'Venstre' ? { ...row, text: '29' } : row));
    expect(seatsSummary(typed)).toEqual({ total: 41, needed: 21 });
    expect(seatsSummary([{ ...draft[0]!, text: 'x' }])).toEqual({ total: 0, needed: 1 });
  });
});

describe('seatErrorsOf', () => {
  it("places the API's problems at the party group it names by place", () => {
    const sent = {
      seats: [
        { partyGroup: 'SF', seats: 6 },
        { partyGroup: 'Gamle Parti', seats: 1 },
      ],
    };
    const problem = new ApiProblem(400, 'Ugyldig', 'Afvist', undefined, [
      { field: 'seats.1.partyGroup', message: 'Partigruppen Gamle Parti findes ikke' },
      { field: 'seats', message: 'Noget andet' },
    ]);
    expect(seatErrorsOf(problem, sent)).toEqual({
      'Gamle Parti': 'Partigruppen Gamle Parti findes ikke',
    });
    expect(seatErrorsOf(new Error('x'), sent)).toEqual({});
  });
});

import { seatsSchema } from '../schemas/support';
import { seatProblems, totalSeats } from './seats';

const known = ['Socialdemokratiet', 'SF', 'Venstre'];

describe("a round's seats", () => {
  it('name the party group that does not exist, and the second of one given twice', () => {
    expect(
      seatProblems(
        [
          { partyGroup: 'Socialdemokratiet' },
          { partyGroup: 'Piratpartiet' },
          { partyGroup: 'Socialdemokratiet' },
        ],
        known,
      ),
    ).toEqual([
      { index: 1, field: 'partyGroup', message: 'Partigruppen Piratpartiet findes ikke' },
      { index: 2, field: 'partyGroup', message: 'Socialdemokratiet er angivet mere end én gang' },
    ]);
    expect(seatProblems([{ partyGroup: 'SF' }, { partyGroup: 'Venstre' }], known)).toEqual([]);
  });

  it('add up to the council', () => {
    expect(
      totalSeats([
        { partyGroup: 'Socialdemokratiet', seats: 12 },
        { partyGroup: 'SF', seats: 0 },
      ]),
    ).toBe(12);
  });

  it('are whole numbers, 0 or more, each at its field', () => {
    const refused = seatsSchema.safeParse({
      seats: [
        { partyGroup: 'SF', seats: -1 },
        { partyGroup: 'Venstre', seats: 2.5 },
        { partyGroup: ' ', seats: 3 },
        { partyGroup: 'Socialdemokratiet', seats: '12' },
      ],
    });
    expect(refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['seats.0.seats', 'Mandater angives som et helt tal, 0 eller flere'],
      ['seats.1.seats', 'Mandater angives som et helt tal, 0 eller flere'],
      ['seats.2.partyGroup', 'Angiv partigruppens navn'],
      ['seats.3.seats', 'Mandater angives som et helt tal, 0 eller flere'],
    ]);
    expect(seatsSchema.parse({ seats: [{ partyGroup: ' SF ', seats: 0 }] })).toEqual({
      seats: [{ partyGroup: 'SF', seats: 0 }],
    });
  });
});

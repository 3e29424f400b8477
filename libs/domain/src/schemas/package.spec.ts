import { packageSchema, restorePackageSchema } from './package';

const fieldsOf = (body: unknown) => {
  const result = packageSchema.safeParse(body);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe("a package's body", () => {
  it('reads shares as fractions and amounts in mio. kr. as kroner', () => {
    expect(
      packageSchema.parse({
        name: '  Forligspakke A ',
        items: [
          { number: '4.5' },
          {
            number: ' 6.1 ',
            adjustment: {
              share: '0,5',
              moves: [{ from: 2027, to: 2028 }],
              amounts: [{ row: 'salaries', year: 2026, amount: -0.3 }],
              note: 'Halvdelen, et år senere',
            },
          },
        ],
      }),
    ).toEqual({
      name: 'Forligspakke A',
      items: [
        { number: '4.5', adjustment: null },
        {
          number: '6.1',
          adjustment: {
            share: '1/2',
            moves: [{ from: 2027, to: 2028 }],
            amounts: [{ row: 'salaries', year: 2026, kroner: -300_000 }],
            note: 'Halvdelen, et år senere',
          },
        },
      ],
    });
  });

  it('names each bad field', () => {
    expect(
      fieldsOf({
        name: ' ',
        items: [
          { number: '4' },
          { number: '4.2', adjustment: { share: '3/2' } },
          { number: '4.3', adjustment: { amounts: [{ row: 'løn', year: 2026, amount: 0.25 }] } },
          { number: '4.4', adjustment: { moves: [{ from: 2026 }] } },
        ],
      }),
    ).toEqual([
      'name',
      'items.0.number',
      'items.1.adjustment.share',
      'items.2.adjustment.amounts.0.row',
      'items.2.adjustment.amounts.0.amount',
      'items.3.adjustment.moves.0.to',
    ]);
    expect(restorePackageSchema.safeParse({ version: 0 }).success).toBe(false);
  });
});

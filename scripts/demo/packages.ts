/**
 * The demo round's negotiation packages: two possible agreements the coordinators weigh, the
 * first saved twice so that it has an earlier version to look at. Amounts in mio. kr.
 */
export interface DemoPackage {
  readonly name: string;
  /** Each saved in turn: the first creates the package, the others are its next versions. */
  readonly versions: readonly { readonly items: readonly object[]; readonly note: string }[];
}

const agreed = [{ number: '6.1' }, { number: '7.1' }];

export const demoPackages: readonly DemoPackage[] = [
  {
    name: 'Forligspakke A',
    versions: [
      {
        note: 'Udgangspunkt: de forslag, der er med i aftalen, og det nære sundhedsvæsen',
        items: [...agreed, { number: '4.5' }, { number: '1.1' }],
      },
      {
        note: 'Parkeringen med, et år senere',
        items: [
          ...agreed,
          { number: '4.5' },
          { number: '1.1' },
          {
            number: '5.2',
            adjustment: {
              moves: [{ from: 2026, to: 2027 }],
              note: 'Anlægget kan tidligst begynde i 2027',
            },
          },
        ],
      },
    ],
  },
  {
    name: 'Forligspakke B',
    versions: [
      {
        note: 'Halvdelen af det nære sundhedsvæsen, til gengæld parkeringen fra 2026',
        items: [
          ...agreed,
          {
            number: '4.5',
            adjustment: { amounts: [{ row: 'otherOperations', year: 2027, amount: 1 }] },
          },
          { number: '1.1', adjustment: { share: '1/2', note: 'Indfases over to budgetår' } },
          { number: '5.2' },
        ],
      },
    ],
  },
];

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

export interface DemoPackageStance {
  readonly packageName: string;
  readonly partyGroup: string;
  readonly stance: 'support' | 'oppose' | 'undecided';
  readonly comment?: string;
  /** The group's own member, or the coordinator noting what a party said at the table. */
  readonly as: 'party' | 'coordinator';
}

/** Who backs the demo packages: A has a majority (24 of 41), B has not (17 of 41). */
export const demoPackageStances: readonly DemoPackageStance[] = [
  {
    packageName: 'Forligspakke A',
    partyGroup: 'Socialdemokratiet',
    stance: 'support',
    as: 'party',
  },
  { packageName: 'Forligspakke A', partyGroup: 'SF', stance: 'support', as: 'party' },
  { packageName: 'Forligspakke A', partyGroup: 'Enhedslisten', stance: 'support', as: 'party' },
  {
    packageName: 'Forligspakke A',
    partyGroup: 'Det Konservative Folkeparti',
    stance: 'oppose',
    comment: 'Parkeringen skal med fra 2026',
    as: 'coordinator',
  },
  {
    packageName: 'Forligspakke B',
    partyGroup: 'Det Konservative Folkeparti',
    stance: 'support',
    as: 'party',
  },
  { packageName: 'Forligspakke B', partyGroup: 'Venstre', stance: 'support', as: 'party' },
  { packageName: 'Forligspakke B', partyGroup: 'Dansk Folkeparti', stance: 'support', as: 'party' },
  {
    packageName: 'Forligspakke B',
    partyGroup: 'Socialdemokratiet',
    stance: 'undecided',
    comment: 'Halvdelen af det nære sundhedsvæsen er for lidt',
    as: 'coordinator',
  },
];

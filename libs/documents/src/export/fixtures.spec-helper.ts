import type { EconomyTable, Initiative, InitiativeForm } from '@budgetflow/domain';

// Our own example round for the exports' specs (not the seed documents' text).

export const years = [2026, 2027, 2028, 2029];
export const round = { name: 'Budget 2026-2029', years };
export const generatedAt = new Date('2025-08-28T10:00:00Z');

const mio = (value: number) => Math.round(value * 10) * 100_000;

export function economy(
  rows: Partial<Record<keyof EconomyTable, Record<string, number>>>,
  fte: Record<string, number> = {},
): EconomyTable {
  const inKroner = (amounts: Record<string, number> = {}) =>
    Object.fromEntries(Object.entries(amounts).map(([year, value]) => [year, mio(value)]));
  return {
    establishmentCosts: inKroner(rows.establishmentCosts),
    salaries: inKroner(rows.salaries),
    otherOperations: inKroner(rows.otherOperations),
    staffFteTenths: Object.fromEntries(
      Object.entries(fte).map(([year, value]) => [year, Math.round(value * 10)]),
    ),
  };
}

export function initiative(
  number: string,
  state: Initiative['state'],
  form: Partial<InitiativeForm>,
  extra: Partial<Initiative> = {},
): Initiative {
  return {
    roundId: 'budget-2026-2029',
    number,
    years,
    state,
    form: {
      title: `Forslag om ${number}`,
      submittedBy: { kind: 'partyGroups', partyGroups: ['Enhedslisten'] },
      purpose: 'Et formål.',
      background: '',
      economy: economy({}),
      elaboration: '',
      financing: [],
      commitmentBudgeting: null,
      scalable: null,
      agreementTextDraft: '',
      sustainableDevelopmentGoals: '',
      ...form,
    },
    review: null,
    costing: null,
    mergedInto: null,
    absorbed: [],
    closingReason: null,
    createdAt: '2025-04-01T08:00:00.000Z',
    updatedAt: '2025-08-20T08:00:00.000Z',
    version: 5,
    ...extra,
  };
}

/** A round's worth: included ones across committees and areas, one merged, one rejected. */
export const roundInitiatives: Initiative[] = [
  initiative('4.10', 'included', {
    title: 'Flere hænder i akutmodtagelsen',
    submittedBy: { kind: 'partyGroups', partyGroups: ['Socialdemokratiet', 'SF'] },
    economy: economy({ salaries: { '2026': 1.2, '2027': 1.2 } }, { '2026': 2, '2027': 1.5 }),
    financing: [
      { area: 'health', share: '1/3' },
      { area: 'regionalDevelopment', share: '2/3' },
    ],
    agreementTextDraft:
      'Partierne styrker akutmodtagelsen med flere hænder.\n\nIndsatsen følges op i 2027.',
  }),
  initiative(
    '4.2',
    'included',
    {
      title: 'Temadag om omsorg',
      economy: economy({ otherOperations: { '2026': 0.3 } }),
      financing: [{ area: 'health', share: '1' }],
      agreementTextDraft: 'Vi afholder en temadag om omsorg for personale og politikere.',
    },
    { absorbed: ['4.3'] },
  ),
  initiative(
    '4.3',
    'merged',
    {
      title: 'Omsorg i hverdagen',
      economy: economy({ otherOperations: { '2027': 0.2 } }),
      financing: [{ area: 'health', share: '1' }],
    },
    { mergedInto: '4.2' },
  ),
  initiative(
    '5.1',
    'included',
    {
      title: 'Grøn transport til uddannelser',
      submittedBy: { kind: 'administration' },
      economy: economy({ otherOperations: { '2028': 9.9 } }),
      financing: [{ area: 'regionalDevelopment', share: '1' }],
      agreementTextDraft: 'Regionen afprøver grøn transport.',
    },
    {
      // The costing counts, not the form's economy.
      costing: {
        economy: economy({ establishmentCosts: { '2028': 2.5 }, otherOperations: { '2029': 0.5 } }),
        financing: [{ area: 'social', share: '1' }],
        by: 'embedsmand',
        at: '2025-06-01T08:00:00.000Z',
      },
    },
  ),
  initiative('5.4', 'rejected', {
    title: 'Et afvist forslag',
    economy: economy({ otherOperations: { '2026': 7.7 } }),
    financing: [{ area: 'health', share: '1' }],
    agreementTextDraft: 'Denne tekst må ikke stå i aftalen.',
  }),
  initiative('12.1', 'included', {
    title: 'Endnu ikke finansieret',
    economy: economy({ otherOperations: { '2029': -0.1 } }),
    agreementTextDraft: '',
  }),
];

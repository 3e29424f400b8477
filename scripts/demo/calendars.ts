/**
 * Calendars for the demo: the 2025 round the example documents belong to, with the council
 * meeting on 2 September, and the next round that is still ahead, so that reminders, deadline
 * lists and calendar feeds have something to show.
 */

const deadline = (date: string, time = '12:00') => ({
  id: 'indsendelsesfrist',
  kind: 'submissionDeadline',
  title: 'Frist for partiernes budgetinitiativer',
  date,
  time,
});

const meeting = (
  id: string,
  body: 'forretningsudvalget' | 'regionsraadet',
  title: string,
  date: string,
  agendaDeadlineWorkingDays: number,
  adoptsBudget = false,
) => ({
  id,
  kind: 'meeting',
  title,
  date,
  time: body === 'regionsraadet' ? '17:00' : '14:00',
  meeting: { body, agendaDeadlineWorkingDays, ...(adoptsBudget ? { adoptsBudget } : {}) },
});

const milestone = (id: string, kind: string, title: string, date: string, time: string) => ({
  id,
  kind,
  title,
  date,
  time,
});

export const demoCalendar2025 = {
  reviewWorkingDays: 10,
  milestones: [
    deadline('2025-05-23'),
    meeting('fu-juni', 'forretningsudvalget', 'Forretningsudvalget: budgetsag', '2025-06-17', 8),
    milestone(
      'forhandling-start',
      'negotiationStart',
      'Budgetforhandlingerne begynder',
      '2025-08-18',
      '09:00',
    ),
    milestone(
      'forhandling-slut',
      'negotiationEnd',
      'Budgetforhandlingerne slutter',
      '2025-08-28',
      '22:00',
    ),
    milestone('budgetaftale', 'budgetAgreement', 'Budgetaftalen indgås', '2025-08-29', '10:00'),
    meeting(
      'rr-2-september',
      'regionsraadet',
      'Regionsrådet: 1. behandling af budgettet',
      '2025-09-02',
      5,
    ),
    meeting(
      'rr-16-september',
      'regionsraadet',
      'Regionsrådet: 2. behandling og vedtagelse',
      '2025-09-16',
      5,
      true,
    ),
  ],
};

export const nextDemoRound = {
  id: 'budget-2028-2031',
  name: 'Budget 2028-2031',
  firstYear: 2028,
  lastYear: 2031,
  calendar: {
    reviewWorkingDays: 10,
    milestones: [
      deadline('2027-05-21'),
      meeting('fu-juni', 'forretningsudvalget', 'Forretningsudvalget: budgetsag', '2027-06-15', 8),
      milestone(
        'forhandling-start',
        'negotiationStart',
        'Budgetforhandlingerne begynder',
        '2027-08-16',
        '09:00',
      ),
      milestone(
        'forhandling-slut',
        'negotiationEnd',
        'Budgetforhandlingerne slutter',
        '2027-08-26',
        '22:00',
      ),
      milestone('budgetaftale', 'budgetAgreement', 'Budgetaftalen indgås', '2027-08-27', '10:00'),
      meeting(
        'rr-2-september',
        'regionsraadet',
        'Regionsrådet: 1. behandling af budgettet',
        '2027-09-02',
        5,
      ),
      meeting(
        'rr-14-september',
        'regionsraadet',
        'Regionsrådet: 2. behandling og vedtagelse',
        '2027-09-14',
        5,
        true,
      ),
    ],
  },
};

/** Drafts the party groups are working on for the next round: the deadline reminders are theirs. */
export const nextRoundDrafts = [
  {
    number: '4.1',
    partyGroups: ['Enhedslisten'],
    form: {
      title: 'Flere sengepladser i psykiatrien',
      submittedBy: { kind: 'partyGroups', partyGroups: ['Enhedslisten'] },
      purpose: 'Udbygning af den akutte psykiatri med 12 sengepladser.',
      economy: { salaries: { '2028': 18, '2029': 18, '2030': 18, '2031': 18 } },
      financing: [{ area: 'health', share: '1' }],
    },
  },
  {
    number: '5.2',
    partyGroups: ['Socialdemokratiet', 'SF'],
    form: {
      title: 'Grøn omstilling af regionens bilpark',
      submittedBy: { kind: 'partyGroups', partyGroups: ['Socialdemokratiet', 'SF'] },
      purpose: 'Regionens biler skiftes til elbiler i takt med, at leasingaftalerne udløber.',
      economy: { establishmentCosts: { '2028': 2.5 } },
      financing: [{ area: 'regionalDevelopment', share: '1' }],
    },
  },
];

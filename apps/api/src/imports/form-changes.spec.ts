import type { InitiativeForm } from '@budgetflow/domain';
import { formChanges } from './form-changes';

const form: InitiativeForm = {
  title: 'Akutteam',
  submittedBy: { kind: 'partyGroups', partyGroups: ['Socialdemokratiet', 'SF'] },
  purpose: 'Færre indlæggelser.',
  background: '',
  economy: {
    establishmentCosts: {},
    salaries: { '2026': 4_200_000 },
    otherOperations: { '2026': 800_000, '2027': 0 },
    staffFteTenths: { '2026': 70 },
  },
  elaboration: '',
  financing: [
    { area: 'health', share: '1/3' },
    { area: 'social', share: '2/3' },
  ],
  commitmentBudgeting: null,
  scalable: true,
  agreementTextDraft: 'Partierne er enige.',
  sustainableDevelopmentGoals: '',
};

describe('the fields an import changes', () => {
  it('finds none in the same form, told as the form reads', () => {
    expect(formChanges(form, form)).toEqual([]);
    const alike: InitiativeForm = {
      ...form,
      // An empty cell is 0,0; the order of the areas is no change.
      economy: { ...form.economy, otherOperations: { '2026': 800_000 } },
      financing: [...form.financing].reverse(),
    };
    expect(formChanges(form, alike)).toEqual([]);
  });

  it('names each changed field in the form’s words, before and after', () => {
    const edited: InitiativeForm = {
      ...form,
      title: 'Akutteam i eget hjem',
      submittedBy: { kind: 'partyGroups', partyGroups: ['Socialdemokratiet'] },
      economy: {
        ...form.economy,
        otherOperations: { '2026': 800_000, '2028': 1_200_000 },
        staffFteTenths: { '2026': 75 },
      },
      financing: [{ area: 'health', share: '1' }],
      commitmentBudgeting: false,
    };
    expect(formChanges(form, edited)).toEqual([
      { field: 'title', label: 'Titel', before: 'Akutteam', after: 'Akutteam i eget hjem' },
      {
        field: 'submittedBy',
        label: 'Fremsat af',
        before: 'Socialdemokratiet og SF',
        after: 'Socialdemokratiet',
      },
      {
        field: 'economy.otherOperations.2028',
        label: 'Øvrig drift, 2028',
        before: '0,0 mio. kr.',
        after: '1,2 mio. kr.',
      },
      {
        field: 'economy.staffFte.2026',
        label: 'Årsværk (hvis der skal ansættes nye), 2026',
        before: '7,0 årsværk',
        after: '7,5 årsværk',
      },
      {
        field: 'financing',
        label: 'Finansiering',
        before: 'Sundhedskassen 1/3, Det sociale område 2/3',
        after: 'Sundhedskassen 1',
      },
      { field: 'commitmentBudgeting', label: 'Kan tilsagnsbudgetteres', before: '', after: 'Nej' },
    ]);
  });
});

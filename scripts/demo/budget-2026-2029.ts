/**
 * The demo round, written for Budgetflow from the facts of the example documents (initiatives
 * 4.2 and 4.3 by Enhedslisten, the administration's proposal on det nære sundhedsvæsen) and a
 * few more of our own, so that every lifecycle state appears. Amounts in mio. kr.
 */
export interface DemoStep {
  readonly action: string;
  readonly as: 'party' | 'administration' | 'coordinator';
  readonly body?: object;
}

export interface DemoInitiative {
  readonly number: string;
  readonly form: Record<string, unknown>;
  /** Who, for the party steps: the party groups the demo member belongs to. */
  readonly partyGroups: readonly string[];
  readonly steps: readonly DemoStep[];
}

export const demoRound = {
  id: 'budget-2026-2029',
  name: 'Budget 2026-2029',
  firstYear: 2026,
  lastYear: 2029,
};

const parties = (...partyGroups: string[]) => ({ kind: 'partyGroups', partyGroups });
const review = (
  comments: string,
  conclusion = 'requiresFunding',
  canBeMergedInto: string | null = null,
): DemoStep => ({
  action: 'complete-review',
  as: 'administration',
  body: { comments, assessment: { conclusion, canBeMergedInto } },
});
const submit: DemoStep = { action: 'submit', as: 'party' };
const startReview: DemoStep = { action: 'start-review', as: 'administration' };
const cost = (economy: object, comment?: string): DemoStep => ({
  action: 'cost',
  as: 'administration',
  body: { economy, ...(comment ? { comment } : {}) },
});
const negotiate: DemoStep = { action: 'open-negotiation', as: 'coordinator' };
const throughCosting = (comments: string, economy: object) => [
  submit,
  startReview,
  review(comments),
  cost(economy),
];

export const demoInitiatives: readonly DemoInitiative[] = [
  {
    number: '4.5',
    partyGroups: ['Socialdemokratiet', 'SF'],
    form: {
      title: 'Medmenneskelig ledelse',
      submittedBy: parties('Socialdemokratiet', 'SF'),
      purpose:
        'Ledere på hospitalerne skal have tid og redskaber til at lede med omsorg for både patienter og medarbejdere.',
      background:
        'Regionens ledelseskonferencer har sat temaet på dagsordenen; nu skal det ud i hverdagen.',
      economy: { otherOperations: { '2026': 1.5, '2027': 1.5 } },
      financing: [{ area: 'health', share: '1' }],
      scalable: true,
      agreementTextDraft:
        'Partierne er enige om at styrke den medmenneskelige ledelse på regionens hospitaler.',
    },
    steps: [
      ...throughCosting('Kan gennemføres som en del af regionens lederudvikling.', {
        otherOperations: { '2026': 1.5, '2027': 1.5 },
      }),
      negotiate,
    ],
  },
  {
    number: '4.2',
    partyGroups: ['Enhedslisten'],
    form: {
      title: 'Omsorgstopmøde',
      submittedBy: parties('Enhedslisten'),
      purpose:
        'Regionen afholder et topmøde, hvor personale og politikere sammen drøfter, hvordan omsorg får plads i det daglige arbejde og i budgetlægningen.',
      background:
        'Omsorg er svær at sætte på formel, og derfor også svær at værne om, når der prioriteres.',
      economy: { otherOperations: { '2026': 0.3 } },
      financing: [{ area: 'health', share: '1' }],
      agreementTextDraft: 'Vi afholder et omsorgstopmøde for personale og politikere.',
    },
    steps: [
      submit,
      startReview,
      review(
        'Et topmøde ligger i forlængelse af regionens arbejde med medmenneskelig ledelse og kan indgå i forslag 4.5.',
        'requiresFunding',
        '4.5',
      ),
      cost({ otherOperations: { '2026': 0.3 } }),
      negotiate,
      {
        action: 'merge',
        as: 'coordinator',
        body: { into: '4.5', comment: 'Indarbejdet i 4.5 efter administrationens anbefaling' },
      },
    ],
  },
  {
    number: '4.3',
    partyGroups: ['Enhedslisten'],
    form: {
      title: 'Medarbejdere skal opkvalificeres i udsattefaglighed',
      submittedBy: parties('Enhedslisten'),
      purpose:
        'Medarbejderne i klinikken skal have bedre kompetencer i at møde socialt udsatte patienter, fx gennem kurser og undervisning.',
      agreementTextDraft:
        'Regionens medarbejdere skal være godt klædt på til at hjælpe de mest udsatte borgere.',
    },
    steps: [
      submit,
      startReview,
      review(
        'Regionen udbyder allerede kurser og færdighedstræning i udsattefaglighed, som kan skaleres op. Forslaget kan løftes inden for den eksisterende økonomiske ramme.',
        'withinExistingFrame',
      ),
      cost({}, 'Ingen nye udgifter'),
    ],
  },
  {
    number: '1.1',
    partyGroups: [],
    form: {
      title: 'Det nære og sammenhængende sundhedsvæsen',
      submittedBy: { kind: 'administration' },
      purpose:
        'Midler til at udvikle mere behandling i eget hjem og bedre sammenhæng mellem hospital, kommuner og almen praksis.',
      economy: { otherOperations: { '2026': 15, '2027': 20, '2028': 25, '2029': 25 } },
      financing: [{ area: 'health', share: '1' }],
      scalable: true,
      commitmentBudgeting: false,
      sustainableDevelopmentGoals: 'Understøtter verdensmål 3 om sundhed og trivsel.',
    },
    steps: [submit, startReview],
  },
  {
    number: '5.1',
    partyGroups: ['Venstre'],
    form: {
      title: 'Flere hænder i akutmodtagelserne',
      submittedBy: parties('Venstre'),
      purpose: 'Ansættelse af flere sygeplejersker i akutmodtagelserne i vinterperioden.',
      economy: { salaries: { '2026': 6, '2027': 6 }, staffFte: { '2026': 12, '2027': 12 } },
      financing: [{ area: 'health', share: '1' }],
    },
    steps: [],
  },
  {
    number: '5.2',
    partyGroups: ['Det Konservative Folkeparti'],
    form: {
      title: 'Bedre parkering ved hospitalerne',
      submittedBy: parties('Det Konservative Folkeparti'),
      purpose: 'Flere parkeringspladser til patienter og pårørende.',
      economy: { establishmentCosts: { '2026': 4 } },
      financing: [{ area: 'regionalDevelopment', share: '1' }],
    },
    steps: [submit],
  },
  {
    number: '5.3',
    partyGroups: ['Enhedslisten'],
    form: {
      title: 'Gratis frugt til medarbejderne',
      submittedBy: parties('Enhedslisten'),
      purpose: 'Frugtordning på alle regionens arbejdspladser.',
      economy: { otherOperations: { '2026': 2.1, '2027': 2.1, '2028': 2.1, '2029': 2.1 } },
      financing: [{ area: 'health', share: '1' }],
    },
    steps: [
      submit,
      { action: 'withdraw', as: 'party', body: { reason: 'Indgår i partiets forslag om trivsel' } },
    ],
  },
  {
    number: '6.1',
    partyGroups: ['SF'],
    form: {
      title: 'Grøn transport til hospitalerne',
      submittedBy: parties('SF'),
      purpose: 'Bedre busforbindelser og cykelparkering ved hospitalerne.',
      economy: { otherOperations: { '2026': 3, '2027': 3, '2028': 3 } },
      financing: [
        { area: 'health', share: '1/3' },
        { area: 'regionalDevelopment', share: '2/3' },
      ],
    },
    steps: [
      ...throughCosting('Kan gennemføres i samarbejde med trafikselskabet.', {
        otherOperations: { '2026': 3, '2027': 3, '2028': 3 },
      }),
      negotiate,
      { action: 'include', as: 'coordinator' },
    ],
  },
  {
    number: '6.2',
    partyGroups: ['Dansk Folkeparti'],
    form: {
      title: 'Lokale skadestuer døgnet rundt',
      submittedBy: parties('Dansk Folkeparti'),
      purpose: 'Genåbning af lokale skadestuer med døgnåbent.',
      economy: {
        salaries: { '2026': 40, '2027': 40, '2028': 40, '2029': 40 },
        staffFte: { '2026': 80, '2027': 80, '2028': 80, '2029': 80 },
      },
      financing: [{ area: 'health', share: '1' }],
    },
    steps: [
      ...throughCosting('Bemandingen kan ikke skaffes inden for planperioden.', {
        salaries: { '2026': 40, '2027': 40, '2028': 40, '2029': 40 },
      }),
      negotiate,
      { action: 'reject', as: 'coordinator', body: { reason: 'Ikke flertal i forhandlingerne' } },
    ],
  },
  {
    number: '7.1',
    partyGroups: [],
    form: {
      title: 'Mindre forbrug af eksterne konsulenter',
      submittedBy: { kind: 'administration' },
      purpose: 'En besparelse: opgaver løses i højere grad af regionens egne medarbejdere.',
      economy: { otherOperations: { '2026': -2, '2027': -2, '2028': -2, '2029': -2 } },
      financing: [
        { area: 'health', share: '1/2' },
        { area: 'regionalDevelopment', share: '1/2' },
      ],
    },
    steps: [
      ...throughCosting('Besparelsen er realistisk.', {
        otherOperations: { '2026': -2, '2027': -2, '2028': -2, '2029': -2 },
      }),
      negotiate,
      { action: 'include', as: 'coordinator' },
    ],
  },
];

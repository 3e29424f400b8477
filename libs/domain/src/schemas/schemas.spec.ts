import { createInitiative } from '../lifecycle/transition';
import { enhedslistenMember, roundId, years } from '../lifecycle/fixtures.spec-helper';
import {
  commentSchema,
  completeReviewSchema,
  costSchema,
  createInitiativeSchema,
  initiativeFormSchema,
  mergeSchema,
  ownPasswordChangeSchema,
  passwordResetSchema,
  reasonSchema,
  roundSchema,
} from '.';

/** The form as the party group sends it: amounts in mio. kr., staff in årsværk. */
const fullForm = {
  title: '  Omsorgstopmøde ',
  submittedBy: { kind: 'partyGroups', partyGroups: ['Enhedslisten'] },
  purpose: 'Et årligt topmøde om omsorg.',
  background: 'Pårørende efterspørger et fast forum.',
  economy: {
    establishmentCosts: { 2026: 0.1 },
    salaries: { 2026: 0.2, 2027: 0.4 },
    otherOperations: { 2026: 0.3, 2027: -0.1 },
    staffFte: { 2026: 0.5, 2027: 1 },
  },
  elaboration: 'Uddybning',
  financing: [
    { area: 'health', share: '1/3' },
    { area: 'social', share: '2/3' },
  ],
  commitmentBudgeting: false,
  scalable: true,
  agreementTextDraft: 'Parterne er enige om et årligt omsorgstopmøde.',
  sustainableDevelopmentGoals: 'Verdensmål 3',
};

/** The issues of a refused parse, as path and message. */
function issues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map(({ path, message }) => ({ path, message }));
}

describe('the initiative form', () => {
  it('takes a full form, in kroner and tenths of årsværk', () => {
    const form = initiativeFormSchema.parse(fullForm);

    expect(form.title).toBe('Omsorgstopmøde');
    expect(form.economy).toEqual({
      establishmentCosts: { 2026: 100_000 },
      salaries: { 2026: 200_000, 2027: 400_000 },
      otherOperations: { 2026: 300_000, 2027: -100_000 },
      staffFteTenths: { 2026: 5, 2027: 10 },
    });
    expect(form.financing).toEqual(fullForm.financing);
    expect(form).toMatchObject({
      commitmentBudgeting: false,
      scalable: true,
      elaboration: 'Uddybning',
    });
  });

  it('takes a minimal draft, filling in the rest empty', () => {
    expect(
      initiativeFormSchema.parse({
        title: 'Omsorgstopmøde',
        submittedBy: { kind: 'administration' },
      }),
    ).toEqual({
      title: 'Omsorgstopmøde',
      submittedBy: { kind: 'administration' },
      purpose: '',
      background: '',
      economy: { establishmentCosts: {}, salaries: {}, otherOperations: {}, staffFteTenths: {} },
      elaboration: '',
      financing: [],
      commitmentBudgeting: null,
      scalable: null,
      agreementTextDraft: '',
      sustainableDevelopmentGoals: '',
    });
  });

  it('gives a form the lifecycle accepts', () => {
    const form = initiativeFormSchema.parse(fullForm);

    expect(
      createInitiative(
        { roundId, number: '4.2', years, form },
        enhedslistenMember,
        '2025-09-02T10:00:00Z',
      ).ok,
    ).toBe(true);
  });

  it('refuses an amount with two decimals, naming its cell', () => {
    const result = initiativeFormSchema.safeParse({
      ...fullForm,
      economy: { otherOperations: { 2026: 0.25 } },
    });

    expect(issues(result)).toEqual([
      {
        path: ['economy', 'otherOperations', '2026'],
        message: 'Beløb angives i mio. kr. med højst én decimal, fx 0,3',
      },
    ]);
  });

  it('refuses an amount given as text, in Danish', () => {
    const [issue] = issues(
      initiativeFormSchema.safeParse({ ...fullForm, economy: { salaries: { 2026: '4' } } }),
    );

    expect(issue?.path).toEqual(['economy', 'salaries', '2026']);
    expect(issue?.message).toMatch(/^Ugyldigt input/);
  });

  it('refuses a year that is not four digits', () => {
    const result = initiativeFormSchema.safeParse({
      ...fullForm,
      economy: { salaries: { '26': 0.1 } },
    });

    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['economy', 'salaries', '26'],
      issues: [expect.objectContaining({ message: 'Året skal skrives med fire cifre, fx 2026' })],
    });
  });

  it.each([-1, 0.25])('refuses %s årsværk', (fte) => {
    const [issue] = issues(
      initiativeFormSchema.safeParse({ ...fullForm, economy: { staffFte: { 2026: fte } } }),
    );

    expect(issue).toEqual({
      path: ['economy', 'staffFte', '2026'],
      message: 'Årsværk angives som et ikke-negativt tal med højst én decimal',
    });
  });

  it('writes shares in lowest terms, from text or number', () => {
    const financing = [
      { area: 'health', share: '2/4' },
      { area: 'social', share: 0.5 },
    ];

    expect(initiativeFormSchema.parse({ ...fullForm, financing }).financing).toEqual([
      { area: 'health', share: '1/2' },
      { area: 'social', share: '1/2' },
    ]);
  });

  it.each(['halvdelen', '0', '4/3', 1 / 3])('refuses the share %p', (share) => {
    const result = initiativeFormSchema.safeParse({
      ...fullForm,
      financing: [{ area: 'health', share }],
    });

    expect(issues(result)).toEqual([
      {
        path: ['financing', 0, 'share'],
        message: 'Andelen skal være en brøk mellem 0 og 1, fx 1/3 eller 0,5',
      },
    ]);
  });

  it('refuses an unknown financing area', () => {
    const result = initiativeFormSchema.safeParse({
      ...fullForm,
      financing: [{ area: 'culture', share: '1' }],
    });

    expect(issues(result)[0]?.path).toEqual(['financing', 0, 'area']);
  });

  it('needs a title', () => {
    expect(issues(initiativeFormSchema.safeParse({ ...fullForm, title: '   ' }))).toEqual([
      { path: ['title'], message: 'Forslaget skal have en titel' },
    ]);
  });

  it('needs at least one party group', () => {
    const result = initiativeFormSchema.safeParse({
      ...fullForm,
      submittedBy: { kind: 'partyGroups', partyGroups: [] },
    });

    expect(issues(result)).toEqual([
      { path: ['submittedBy', 'partyGroups'], message: 'Angiv mindst én partigruppe' },
    ]);
  });

  it('refuses fields the form does not have', () => {
    expect(
      initiativeFormSchema.safeParse({ ...fullForm, administrationComments: 'Nej' }).success,
    ).toBe(false);
  });
});

describe('creating an initiative', () => {
  it('takes the form with its number', () => {
    expect(createInitiativeSchema.parse({ ...fullForm, number: ' 4.2 ' }).number).toBe('4.2');
  });

  it('refuses a number not of the form committee.number', () => {
    expect(issues(createInitiativeSchema.safeParse({ ...fullForm, number: '4' }))).toEqual([
      { path: ['number'], message: 'Nummeret skal have formen udvalg.løbenummer, fx 4.2' },
    ]);
  });
});

describe('the commands', () => {
  it('need the administration to write its comments', () => {
    const assessment = { conclusion: 'requiresFunding' };

    expect(issues(completeReviewSchema.safeParse({ comments: '  ', assessment }))).toEqual([
      { path: ['comments'], message: 'Administrationens bemærkninger skal udfyldes' },
    ]);
    expect(completeReviewSchema.safeParse({ assessment }).success).toBe(false);
    expect(completeReviewSchema.parse({ comments: 'Kan løftes', assessment })).toEqual({
      comments: 'Kan løftes',
      assessment: { conclusion: 'requiresFunding', canBeMergedInto: null },
    });
  });

  it('take only the two conclusions, and a merge target that is a number', () => {
    expect(
      completeReviewSchema.safeParse({ comments: 'x', assessment: { conclusion: 'maybe' } })
        .success,
    ).toBe(false);
    const merged = {
      comments: 'x',
      assessment: { conclusion: 'withinExistingFrame', canBeMergedInto: '4.5' },
    };
    expect(completeReviewSchema.parse(merged).assessment.canBeMergedInto).toBe('4.5');
  });

  it('need a reason for a rejection or withdrawal', () => {
    expect(issues(reasonSchema.safeParse({ reason: ' ' }))).toEqual([
      { path: ['reason'], message: 'Der skal angives en begrundelse' },
    ]);
    expect(reasonSchema.safeParse({}).success).toBe(false);
    expect(reasonSchema.parse({ reason: ' Ikke flertal ' })).toEqual({ reason: 'Ikke flertal' });
  });

  it("take a costing in mio. kr., leaving out an absent financing (the form's then counts)", () => {
    expect(costSchema.parse({ economy: { salaries: { 2026: 0.3 } } })).toEqual({
      economy: {
        establishmentCosts: {},
        salaries: { 2026: 300_000 },
        otherOperations: {},
        staffFteTenths: {},
      },
    });
    expect(
      costSchema.parse({
        economy: {},
        financing: [
          { area: 'social', share: '0,5' },
          { area: 'health', share: '1/2' },
        ],
      }).financing,
    ).toEqual([
      { area: 'social', share: '1/2' },
      { area: 'health', share: '1/2' },
    ]);
    expect(
      issues(costSchema.safeParse({ economy: { salaries: { 2026: 0.25 } } }))[0]?.path,
    ).toEqual(['economy', 'salaries', '2026']);
  });

  it('take a merge target and an optional comment', () => {
    expect(mergeSchema.parse({ into: '4.5' })).toEqual({ into: '4.5' });
    expect(mergeSchema.safeParse({ into: 'fire' }).success).toBe(false);
    expect(commentSchema.parse({})).toEqual({});
    expect(commentSchema.safeParse({ comment: 'ok', extra: 1 }).success).toBe(false);
  });
});

describe('a round', () => {
  it('takes a name and its years', () => {
    expect(
      roundSchema.parse({
        id: 'budget-2026-2029',
        name: 'Budget 2026-2029',
        firstYear: 2026,
        lastYear: 2029,
      }),
    ).toEqual({
      id: 'budget-2026-2029',
      name: 'Budget 2026-2029',
      firstYear: 2026,
      lastYear: 2029,
    });
  });

  it('refuses a last year before the first, or ten years or more after it', () => {
    const message = 'Sidste år skal ligge fra første år og højst ni år efter';

    expect(issues(roundSchema.safeParse({ name: 'B', firstYear: 2029, lastYear: 2026 }))).toEqual([
      { path: ['lastYear'], message },
    ]);
    expect(issues(roundSchema.safeParse({ name: 'B', firstYear: 2026, lastYear: 2036 }))).toEqual([
      { path: ['lastYear'], message },
    ]);
  });

  it('refuses an id that is not lower case', () => {
    expect(
      roundSchema.safeParse({ id: 'Budget 2026', name: 'B', firstYear: 2026, lastYear: 2029 })
        .success,
    ).toBe(false);
  });
});

describe("a person's change of their own password", () => {
  it('takes the current password and a new one of at least 12 characters', () => {
    const change = { currentPassword: 'gammel', newPassword: 'ny-og-lang-nok' };
    expect(ownPasswordChangeSchema.parse(change)).toEqual(change);
    expect(
      issues(ownPasswordChangeSchema.safeParse({ currentPassword: '', newPassword: 'kort' })),
    ).toEqual([
      { path: ['currentPassword'], message: 'Angiv din nuværende adgangskode' },
      { path: ['newPassword'], message: 'Adgangskoden skal være mindst 12 tegn' },
    ]);
  });

  it("follows the rule of an administrator's reset", () => {
    for (const password of ['elleve-tegn', 'x'.repeat(1_001)]) {
      const reset = issues(passwordResetSchema.safeParse({ password }));
      const own = issues(
        ownPasswordChangeSchema.safeParse({ currentPassword: 'gammel', newPassword: password }),
      );
      expect(own.map(({ message }) => message)).toEqual(reset.map(({ message }) => message));
    }
  });

  it('refuses a new password that is the current one', () => {
    const same = 'det-samme-kodeord';
    expect(
      issues(ownPasswordChangeSchema.safeParse({ currentPassword: same, newPassword: same })),
    ).toEqual([
      {
        path: ['newPassword'],
        message: 'Den nye adgangskode skal være en anden end den nuværende',
      },
    ]);
  });
});

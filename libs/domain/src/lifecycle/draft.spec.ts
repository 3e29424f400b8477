import { emptyEconomyTable } from '../initiative/economy';
import {
  aDraft,
  aForm,
  accepted,
  administrationForm,
  at,
  coordinator,
  economy,
  enhedslistenMember,
  jointForm,
  later,
  member,
  official,
  refusalOf,
  roundId,
  sfMember,
  socialdemokratietMember,
  systemAdministrator,
  venstreMember,
  years,
} from './fixtures.spec-helper';
import { createInitiative, transition } from './transition';

const create = (form = aForm(), actor = enhedslistenMember) =>
  createInitiative({ roundId, number: '4.2', years, form }, actor, at);

describe('creating a draft', () => {
  it('creates the draft as the first step of its history', () => {
    const decision = create();

    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    expect(decision.initiative).toEqual({
      roundId,
      number: '4.2',
      years: [2026, 2027, 2028, 2029],
      state: 'draft',
      form: aForm(),
      review: null,
      costing: null,
      mergedInto: null,
      absorbed: [],
      closingReason: null,
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
    expect(decision.record).toEqual({
      seq: 1,
      command: 'create',
      from: null,
      to: 'draft',
      actor: { id: enhedslistenMember.id, role: 'partyGroupMember' },
      at,
      comment: null,
      data: null,
    });
  });

  it("refuses a member of another party group putting it forward in Enhedslisten's name", () => {
    expect(refusalOf(create(aForm(), venstreMember)).code).toBe('forbidden');
  });

  it.each([official, coordinator, systemAdministrator])(
    "refuses the $role creating a party group's initiative",
    (actor) => {
      expect(refusalOf(create(aForm(), actor)).code).toBe('forbidden');
    },
  );

  it('lets the administration put forward its own proposal, and only the administration', () => {
    expect(accepted(create(administrationForm(), official)).form.submittedBy).toEqual({
      kind: 'administration',
    });
    expect(refusalOf(create(administrationForm(), enhedslistenMember)).code).toBe('forbidden');
    expect(refusalOf(create(administrationForm(), coordinator)).code).toBe('forbidden');
  });

  it('lets a member of either group create a joint initiative', () => {
    expect(create(jointForm(), socialdemokratietMember).ok).toBe(true);
    expect(create(jointForm(), sfMember).ok).toBe(true);
    expect(refusalOf(create(jointForm(), venstreMember)).code).toBe('forbidden');
  });

  it('needs a title', () => {
    expect(refusalOf(create(aForm({ title: '   ' })))).toEqual({
      code: 'invalidData',
      message: 'Forslaget skal have en titel',
    });
  });

  it('refuses a form with no party group', () => {
    const form = aForm({ submittedBy: { kind: 'partyGroups', partyGroups: [] } });
    // Nobody can be its submitter, so the actor is refused before the form is looked at.
    expect(refusalOf(create(form)).code).toBe('forbidden');
  });

  it('refuses economy years outside the round', () => {
    const refusal = refusalOf(
      create(aForm({ economy: economy({ salaries: { 2025: 0.1, 2030: 0.2 } }) })),
    );

    expect(refusal.code).toBe('invalidData');
    expect(refusal.message).toContain('2025, 2030');
    expect(refusal.message).toContain('2026-2029');
  });

  it('refuses a financing whose shares do not add up to 1', () => {
    const form = aForm({
      financing: [
        { area: 'health', share: '1/3' },
        { area: 'social', share: '1/3' },
      ],
    });

    expect(refusalOf(create(form)).code).toBe('invalidData');
  });
});

describe('editing a draft', () => {
  const edited = aForm({ title: 'Omsorgstopmøde for pårørende', purpose: '' });

  it('replaces the form and stays a draft', () => {
    const decision = transition(
      aDraft(),
      { type: 'editDraft', form: edited },
      enhedslistenMember,
      later,
    );

    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    expect(decision.initiative.form).toEqual(edited);
    expect(decision.initiative.state).toBe('draft');
    expect(decision.initiative.version).toBe(2);
    expect(decision.record).toMatchObject({
      seq: 2,
      command: 'editDraft',
      from: 'draft',
      to: 'draft',
      comment: null,
      data: null,
    });
  });

  it('refuses a member of another party group', () => {
    expect(
      refusalOf(transition(aDraft(), { type: 'editDraft', form: edited }, venstreMember, later)),
    ).toEqual({
      code: 'forbidden',
      message: 'Kun forslagsstilleren kan redigere forslag 4.2',
    });
  });

  it('lets a member of each group edit a joint initiative (Socialdemokratiet and SF)', () => {
    const draft = aDraft({ form: jointForm() });
    const bySocialdemokratiet = accepted(
      transition(
        draft,
        { type: 'editDraft', form: jointForm({ background: 'Ny baggrund' }) },
        socialdemokratietMember,
        later,
      ),
    );
    const bySf = accepted(
      transition(
        bySocialdemokratiet,
        { type: 'editDraft', form: jointForm({ elaboration: 'Uddybning' }) },
        sfMember,
        later,
      ),
    );

    expect(bySf.form.elaboration).toBe('Uddybning');
    expect(bySf.version).toBe(3);
    expect(
      refusalOf(transition(draft, { type: 'editDraft', form: jointForm() }, venstreMember, later))
        .code,
    ).toBe('forbidden');
  });

  it('counts a member of several groups as a member of each', () => {
    const draft = aDraft({ form: jointForm() });

    expect(
      transition(
        draft,
        { type: 'editDraft', form: jointForm() },
        member('x', 'Venstre', 'SF'),
        later,
      ).ok,
    ).toBe(true);
  });

  it('counts only party group members as the party group', () => {
    const coordinatorInSf = { ...coordinator, partyGroups: ['SF'] };

    expect(
      refusalOf(
        transition(
          aDraft({ form: jointForm() }),
          { type: 'editDraft', form: jointForm() },
          coordinatorInSf,
          later,
        ),
      ).code,
    ).toBe('forbidden');
  });

  it('lets the administration edit its own proposal, and no party group edit it', () => {
    const draft = aDraft({ form: administrationForm() });
    const form = administrationForm({ purpose: 'Samlet platform.' });

    expect(transition(draft, { type: 'editDraft', form }, official, later).ok).toBe(true);
    expect(
      refusalOf(transition(draft, { type: 'editDraft', form }, enhedslistenMember, later)).code,
    ).toBe('forbidden');
  });

  it('refuses economy years outside the round, in the staff row too', () => {
    const form = aForm({ economy: economy({ staffFte: { 2030: 1 } }) });
    const refusal = refusalOf(
      transition(aDraft(), { type: 'editDraft', form }, enhedslistenMember, later),
    );

    expect(refusal.code).toBe('invalidData');
    expect(refusal.message).toContain('2030');
  });

  it('refuses an invalid financing', () => {
    const form = aForm({
      financing: [
        { area: 'health', share: '0.5' },
        { area: 'health', share: '0.5' },
      ],
    });
    const refusal = refusalOf(
      transition(aDraft(), { type: 'editDraft', form }, enhedslistenMember, later),
    );

    expect(refusal).toEqual({
      code: 'invalidData',
      message: 'Sundhedskassen er angivet mere end én gang',
    });
  });

  it('needs at least one party group', () => {
    const form = aForm({ submittedBy: { kind: 'partyGroups', partyGroups: [] } });

    expect(
      refusalOf(transition(aDraft(), { type: 'editDraft', form }, enhedslistenMember, later)),
    ).toEqual({
      code: 'invalidData',
      message: 'Forslaget skal være fremsat af mindst én partigruppe',
    });
  });

  it('refuses a blank title', () => {
    const refusal = refusalOf(
      transition(
        aDraft(),
        { type: 'editDraft', form: aForm({ title: '' }) },
        enhedslistenMember,
        later,
      ),
    );

    expect(refusal.code).toBe('invalidData');
  });

  it('lets the submitters add a co-submitter', () => {
    const form = jointForm({
      submittedBy: { kind: 'partyGroups', partyGroups: ['Enhedslisten', 'SF'] },
    });

    expect(transition(aDraft(), { type: 'editDraft', form }, enhedslistenMember, later).ok).toBe(
      true,
    );
  });

  it('refuses handing the draft to a party group the editor is not a member of', () => {
    const toVenstre = aForm({ submittedBy: { kind: 'partyGroups', partyGroups: ['Venstre'] } });
    const toAdministration = administrationForm();

    expect(
      refusalOf(
        transition(aDraft(), { type: 'editDraft', form: toVenstre }, enhedslistenMember, later),
      ),
    ).toEqual({
      code: 'forbidden',
      message:
        'Forslaget kan ikke overdrages: den, der redigerer, skal fortsat være blandt forslagsstillerne',
    });
    expect(
      refusalOf(
        transition(
          aDraft(),
          { type: 'editDraft', form: toAdministration },
          enhedslistenMember,
          later,
        ),
      ).code,
    ).toBe('forbidden');
  });
});

describe('submitting a draft', () => {
  it('submits it, with the comment given', () => {
    const decision = transition(
      aDraft(),
      { type: 'submit', comment: 'Klar til behandling' },
      enhedslistenMember,
      later,
    );

    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    expect(decision.initiative.state).toBe('submitted');
    expect(decision.record).toEqual({
      seq: 2,
      command: 'submit',
      from: 'draft',
      to: 'submitted',
      actor: { id: enhedslistenMember.id, role: 'partyGroupMember' },
      at: later,
      comment: 'Klar til behandling',
      data: null,
    });
  });

  it('records no comment when none is given', () => {
    const decision = transition(aDraft(), { type: 'submit' }, enhedslistenMember, later);

    expect(decision.ok && decision.record.comment).toBeNull();
  });

  it('needs the purpose filled in', () => {
    const draft = aDraft({ form: aForm({ purpose: '  \n ' }) });

    expect(refusalOf(transition(draft, { type: 'submit' }, enhedslistenMember, later))).toEqual({
      code: 'invalidData',
      message: 'Formål og indhold skal udfyldes, før forslaget kan indsendes',
    });
  });

  it('needs a financing when the table has amounts', () => {
    const draft = aDraft({ form: aForm({ financing: [] }) });

    expect(refusalOf(transition(draft, { type: 'submit' }, enhedslistenMember, later)).code).toBe(
      'invalidData',
    );
  });

  it('needs a financing for savings too', () => {
    const draft = aDraft({
      form: aForm({ economy: economy({ otherOperations: { 2026: -0.5 } }), financing: [] }),
    });

    expect(refusalOf(transition(draft, { type: 'submit' }, enhedslistenMember, later)).code).toBe(
      'invalidData',
    );
  });

  it('needs no financing when the table asks for no money', () => {
    const draft = aDraft({ form: aForm({ economy: emptyEconomyTable, financing: [] }) });

    expect(transition(draft, { type: 'submit' }, enhedslistenMember, later).ok).toBe(true);
  });

  it('lets a member of either group submit a joint initiative', () => {
    const draft = aDraft({ form: jointForm() });

    expect(transition(draft, { type: 'submit' }, sfMember, later).ok).toBe(true);
    expect(transition(draft, { type: 'submit' }, socialdemokratietMember, later).ok).toBe(true);
    expect(refusalOf(transition(draft, { type: 'submit' }, venstreMember, later)).code).toBe(
      'forbidden',
    );
  });

  it('lets the administration submit its own proposal', () => {
    expect(
      accepted(
        transition(aDraft({ form: administrationForm() }), { type: 'submit' }, official, later),
      ).state,
    ).toBe('submitted');
  });
});

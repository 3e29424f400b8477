import { costingVersions } from '../lifecycle/costing-history';
import {
  accepted,
  aDraft,
  aForm,
  at,
  coordinator,
  economy,
  initiativeIn,
  later,
  mio,
  refusalOf,
} from '../lifecycle/fixtures.spec-helper';
import { effectiveTotal, type Initiative, type TransitionRecord } from '../lifecycle/initiative';
import { transition } from '../lifecycle/transition';
import { agreementStepTaken, type AgreementInput, planAgreement } from './agreement';

const years = [2026, 2027, 2028, 2029];
const forligspakke = { id: 7, version: 3, name: 'Forligspakke A' };

const inState = (number: string, state: Initiative['state'], amount = 1) =>
  initiativeIn(state, {
    number,
    form: aForm({ economy: economy({ otherOperations: { 2026: amount, 2027: amount } }) }),
  });

function plan(overrides: Partial<AgreementInput> & Pick<AgreementInput, 'items'>) {
  return planAgreement({
    package: forligspakke,
    initiatives: [],
    years,
    frames: [],
    existing: null,
    ...overrides,
  });
}

describe('the budget agreement', () => {
  // The costed fixtures carry the administration's 0,3 mio. kr. a year, whatever the form said.
  const costed = inState('4.2', 'costed');
  const negotiating = inState('4.3', 'inNegotiation');
  const alreadyIncluded = inState('4.4', 'included');
  const merged = inState('4.5', 'merged');
  const submitted = inState('5.1', 'submitted', 2);
  const inReview = inState('5.2', 'inReview');
  const otherCosted = inState('5.10', 'costed');
  const withdrawn = inState('5.3', 'withdrawn');
  const draft = aDraft({ number: '5.4' });
  const round = [costed, negotiating, alreadyIncluded, merged, submitted, inReview];

  it("includes the package's initiatives with their adjustments and rejects the round's other open ones", () => {
    const result = plan({
      items: [
        { number: '4.2', adjustment: { share: '1/2', note: 'Halvdelen' } },
        { number: '4.3', adjustment: null },
        { number: '4.4', adjustment: null },
        { number: '4.5', adjustment: null },
      ],
      initiatives: [...round, otherCosted, withdrawn, draft],
    });
    expect(result.problems).toEqual([]);
    const half = {
      ...economy({}),
      otherOperations: { 2026: 150_000, 2027: 150_000, 2028: 150_000, 2029: 150_000 },
    };
    expect(result.steps).toEqual([
      {
        number: '4.2',
        command: {
          type: 'openNegotiation',
          comment: 'Sendt til forhandling med budgetaftalen (Forligspakke A, version 3)',
        },
      },
      {
        number: '4.2',
        command: {
          type: 'include',
          comment: 'Med i budgetaftalen (Forligspakke A, version 3): Halvdelen',
          agreement: { economy: half, financing: costed.costing!.financing, package: forligspakke },
        },
      },
      {
        number: '4.3',
        command: {
          type: 'include',
          comment: 'Med i budgetaftalen (Forligspakke A, version 3)',
          agreement: {
            economy: negotiating.costing!.economy,
            financing: negotiating.costing!.financing,
            package: forligspakke,
          },
        },
      },
      // Beyond the draft and still open, outside the package: rejected, in number order.
      ...['5.1', '5.2', '5.10'].map((number) => ({
        number,
        command: { type: 'reject', reason: 'Ikke med i budgetaftalen (Forligspakke A, version 3)' },
      })),
    ]);
    expect(
      result.entries.map((entry) => [entry.initiative.number, entry.outcome, entry.note]),
    ).toEqual([
      ['4.2', 'included', null],
      ['4.3', 'included', null],
      ['4.4', 'included', 'Allerede optaget'],
      ['4.5', 'unchanged', 'Indarbejdet i andet forslag; tæller ikke med'],
      ['5.1', 'rejected', null],
      ['5.2', 'rejected', null],
      ['5.3', 'unchanged', 'Trukket tilbage'],
      ['5.10', 'rejected', null],
    ]);
    // The draft is its party's own: the agreement neither names nor touches it.
    expect(result.entries.map((entry) => entry.initiative.number)).not.toContain('5.4');
  });

  it('counts what the package agrees per year and area, and holds it against the frames', () => {
    const result = plan({
      items: [
        { number: '4.2', adjustment: { share: '1/2' } },
        { number: '4.3', adjustment: { moves: [{ from: 2026, to: 2027 }] } },
      ],
      initiatives: round,
      frames: [{ year: 2027, area: 'health', kroner: mio(0.5) }],
    });
    const health = (year: number) =>
      result.totals.find((total) => total.year === year && total.area === 'health')?.kroner;
    expect([health(2026), health(2027), health(2028)]).toEqual([150_000, 750_000, 450_000]);
    const cell = result.balance.areas
      .find((area) => area.area === 'health')!
      .cells.find((one) => one.year === 2027)!;
    expect(cell).toMatchObject({ frame: mio(0.5), amount: 750_000, status: 'exceeded' });
    expect(result.balance.withinFrames).toBe(false);
  });

  it('cannot be concluded while a package initiative is not costed, nor with nothing to include, nor twice', () => {
    expect(
      plan({
        items: [
          { number: '5.1', adjustment: null },
          { number: '5.2', adjustment: null },
          { number: '4.5', adjustment: null },
          { number: '9.9', adjustment: null },
          { number: '5.4', adjustment: null },
        ],
        initiatives: [...round, draft],
        existing: { package: { id: 1, version: 2, name: 'Forligspakke B' } },
      }).problems,
    ).toEqual([
      {
        code: 'agreementExists',
        field: 'roundId',
        message: 'Budgetrunden har allerede en budgetaftale (Forligspakke B, version 2)',
      },
      {
        code: 'notCosted',
        field: 'items.0.number',
        message:
          'Forslag 5.1 er ikke prisfastsat endnu (indsendt); det kan først komme med i budgetaftalen, når administrationen har prisfastsat det',
      },
      {
        code: 'notCosted',
        field: 'items.1.number',
        message:
          'Forslag 5.2 er ikke prisfastsat endnu (til administrativ behandling); det kan først komme med i budgetaftalen, når administrationen har prisfastsat det',
      },
      {
        code: 'unknownInitiative',
        field: 'items.3.number',
        message: 'Forslag 9.9 findes ikke i budgetrunden',
      },
      // Another party's draft answers as a number the round does not have.
      {
        code: 'unknownInitiative',
        field: 'items.4.number',
        message: 'Forslag 5.4 findes ikke i budgetrunden',
      },
    ]);
    expect(
      plan({ items: [{ number: '4.5', adjustment: null }], initiatives: round }).problems,
    ).toEqual([
      {
        code: 'nothingToInclude',
        field: 'packageId',
        message: 'Pakken Forligspakke A har ingen forslag, der kan komme med i budgetaftalen',
      },
    ]);
  });

  it('knows a step as taken once the initiative is where the step leads', () => {
    expect(agreementStepTaken('openNegotiation', 'costed')).toBe(false);
    expect(agreementStepTaken('openNegotiation', 'inNegotiation')).toBe(true);
    expect(agreementStepTaken('openNegotiation', 'included')).toBe(true);
    expect(agreementStepTaken('include', 'inNegotiation')).toBe(false);
    expect(agreementStepTaken('include', 'included')).toBe(true);
    expect(agreementStepTaken('reject', 'inNegotiation')).toBe(false);
    expect(agreementStepTaken('reject', 'rejected')).toBe(true);
    expect(agreementStepTaken('reject', 'withdrawn')).toBe(false);
  });
});

describe('an initiative included by the agreement', () => {
  const initiative = inState('4.3', 'inNegotiation');
  const agreed = economy({ otherOperations: { 2027: 0.6 } });
  const include = transition(
    initiative,
    {
      type: 'include',
      comment: 'Med i budgetaftalen (Forligspakke A, version 3)',
      agreement: {
        economy: agreed,
        financing: [{ area: 'social', share: '1' }],
        package: forligspakke,
      },
    },
    coordinator,
    later,
  );

  it('records the agreed costing in the step and counts it from then on', () => {
    const included = accepted(include);
    expect(included.state).toBe('included');
    expect(included.costing).toEqual({
      economy: agreed,
      financing: [{ area: 'social', share: '1' }],
      by: coordinator.id,
      at: later,
    });
    expect(effectiveTotal(included)).toBe(mio(0.6));
    expect(include.ok && include.record.data).toEqual({
      economy: agreed,
      financing: [{ area: 'social', share: '1' }],
      package: forligspakke,
    });
  });

  it("shows it as the costing's last version, for the agreement", () => {
    const review: TransitionRecord = {
      seq: 5,
      command: 'cost',
      from: 'inReview',
      to: 'costed',
      actor: { id: 'anne.adm', role: 'administration' },
      at,
      comment: null,
      data: { economy: initiative.costing!.economy, financing: initiative.costing!.financing },
    };
    const versions = costingVersions(accepted(include), [
      review,
      include.ok ? include.record : review,
    ]);
    expect(versions.map((v) => [v.version, v.purpose, v.by, v.comment])).toEqual([
      [1, 'review', 'anne.adm', null],
      [2, 'agreement', coordinator.id, 'Med i budgetaftalen (Forligspakke A, version 3)'],
    ]);
    expect(versions[1]!.economy).toEqual(agreed);
  });

  it('is included by hand without a costing, as before', () => {
    const byHand = transition(initiative, { type: 'include' }, coordinator, later);
    expect(accepted(byHand).costing).toEqual(initiative.costing);
    expect(byHand.ok && byHand.record.data).toBeNull();
  });

  it('refuses an agreed economy outside the round', () => {
    const refused = transition(
      initiative,
      {
        type: 'include',
        agreement: {
          economy: economy({ otherOperations: { 2031: 1 } }),
          financing: [{ area: 'health', share: '1' }],
          package: forligspakke,
        },
      },
      coordinator,
      later,
    );
    expect(refusalOf(refused)).toEqual({
      code: 'invalidData',
      message: 'Økonomitabellen nævner år uden for budgetrunden (2031); runden dækker 2026-2029',
    });
  });
});

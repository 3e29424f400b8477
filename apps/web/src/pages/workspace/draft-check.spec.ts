import { initiativeFormSchema } from '@budgetflow/domain';
import type { User } from '../../api/types';
import {
  type CheckContext,
  checkDraft,
  fieldErrorsOf,
  flatErrorsOf,
  formPathOf,
} from './draft-check';
import { type DraftValues, emptyDraftValues } from './draft-values';

const sara: User = {
  id: 'sara',
  name: 'Sara',
  role: 'partyGroupMember',
  partyGroups: ['SF'],
  reviewAreas: [],
};
const anders: User = {
  id: 'anders',
  name: 'Anders',
  role: 'administration',
  partyGroups: [],
  reviewAreas: [],
};
const years = [2027, 2028];
const asDraft: CheckContext = { user: sara, years, isNew: true, level: 'draft' };

function values(changes: Partial<DraftValues> = {}, user: User = sara): DraftValues {
  return { ...emptyDraftValues(user), number: '4.7', title: 'Bedre omsorg', ...changes };
}

describe('checkDraft', () => {
  it('builds the form as the API takes it', () => {
    const { form, errors } = checkDraft(
      values({
        purpose: 'Formål',
        economy: {
          establishmentCosts: {},
          salaries: { '2027': '0,3' },
          otherOperations: {},
          staffFte: { '2027': '1' },
        },
        financing: [{ area: 'health', share: '' }],
        scalable: 'yes',
      }),
      asDraft,
    );
    expect(errors).toEqual({});
    expect(form).toMatchObject({
      title: 'Bedre omsorg',
      submittedBy: { kind: 'partyGroups', partyGroups: ['SF'] },
      economy: { salaries: { '2027': 0.3 }, staffFte: { '2027': 1 } },
      financing: [{ area: 'health', share: '1' }],
      commitmentBudgeting: null,
      scalable: true,
    });
    expect(initiativeFormSchema.safeParse(form).success).toBe(true);
  });

  it('asks for the number and the title of a new draft', () => {
    const { form, errors } = checkDraft(values({ number: '4,7', title: ' ' }), asDraft);
    expect(form).toBeNull();
    expect(errors).toEqual({
      number: 'Nummeret skal have formen udvalg.løbenummer, fx 4.2',
      title: 'Forslaget skal have en titel',
    });
    expect(checkDraft(values({ number: '' }), { ...asDraft, isNew: false }).errors).toEqual({});
  });

  it("keeps the user's own group among the submitters", () => {
    expect(checkDraft(values({ partyGroups: [] }), asDraft).errors).toEqual({
      partyGroups: 'Angiv mindst én partigruppe',
    });
    expect(checkDraft(values({ partyGroups: ['Venstre'] }), asDraft).errors).toEqual({
      partyGroups: 'Du skal selv være blandt forslagsstillerne: markér SF',
    });
    expect(checkDraft(values({ partyGroups: ['SF', 'Venstre'] }), asDraft).errors).toEqual({});
  });

  it('lets the administration put forward its own', () => {
    const { form } = checkDraft(values({}, anders), { ...asDraft, user: anders });
    expect(form).toMatchObject({ submittedBy: { kind: 'administration' } });
  });

  it('keys the cells and the shares by the form paths', () => {
    const { errors } = checkDraft(
      values({
        economy: {
          establishmentCosts: {},
          salaries: { '2028': 'x' },
          otherOperations: {},
          staffFte: {},
        },
        financing: [
          { area: 'health', share: '2' },
          { area: 'social', share: '1/2' },
        ],
      }),
      asDraft,
    );
    expect(Object.keys(errors).sort()).toEqual(['economy.salaries.2028', 'financing.health']);
  });

  it('asks for more before submission', () => {
    const draft = values({
      economy: {
        establishmentCosts: { '2027': '1' },
        salaries: {},
        otherOperations: {},
        staffFte: {},
      },
    });
    expect(checkDraft(draft, asDraft).errors).toEqual({});
    expect(checkDraft(draft, { ...asDraft, level: 'submission' }).errors).toEqual({
      purpose: 'Formål og indhold skal udfyldes, før forslaget kan indsendes',
      'financing.financing':
        'Et forslag med udgifter skal angive, hvilket område der finansierer det',
    });
  });
});

describe('formPathOf', () => {
  const draft = values({ financing: [{ area: 'social', share: 'x' }] });
  it.each([
    ['title', 'title'],
    ['economy.salaries.2027', 'economy.salaries.2027'],
    ['submittedBy.partyGroups', 'partyGroups'],
    ['financing.0.share', 'financing.social'],
    ['financing.3.share', 'financing.financing'],
    ['financing', 'financing.financing'],
  ])('reads %p as %p', (path, field) => {
    expect(formPathOf(path, draft)).toBe(field);
  });
});

describe('fieldErrorsOf and flatErrorsOf', () => {
  it('carry the cells through react-hook-form and back', () => {
    const flat = {
      title: 'Forslaget skal have en titel',
      'economy.salaries.2027': 'a',
      'economy.staffFte.2028': 'b',
      'financing.health': 'c',
    };
    const nested = fieldErrorsOf(flat);
    expect(nested.economy?.types).toEqual({ 'salaries.2027': 'a', 'staffFte.2028': 'b' });
    expect(flatErrorsOf(nested)).toEqual(flat);
  });
});

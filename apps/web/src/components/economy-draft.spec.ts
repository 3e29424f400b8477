import type { EconomyView } from '../api/types';
import {
  type EconomyDraft,
  economyDraftOf,
  economyDraftTotal,
  parseEconomyDraft,
} from './economy-draft';

const years = [2027, 2028];
const empty: EconomyDraft = {
  establishmentCosts: {},
  salaries: {},
  otherOperations: {},
  staffFte: {},
};

function view(partial: Partial<EconomyView>): EconomyView {
  return {
    years,
    establishmentCosts: {},
    salaries: {},
    otherOperations: {},
    total: {},
    staffFte: {},
    ...partial,
  };
}

describe('economyDraftOf', () => {
  it('writes the API numbers as a Dane types them', () => {
    const draft = economyDraftOf(
      view({
        establishmentCosts: { '2027': 0.3 },
        salaries: { '2028': 1234.5 },
        otherOperations: { '2027': -0.5, '2028': 2 },
        staffFte: { '2027': 1.5 },
      }),
      years,
    );
    expect(draft).toEqual({
      establishmentCosts: { '2027': '0,3' },
      salaries: { '2028': '1.234,5' },
      otherOperations: { '2027': '-0,5', '2028': '2' },
      staffFte: { '2027': '1,5' },
    });
  });

  it('reads only the given years, and nothing of no economy', () => {
    expect(economyDraftOf(view({ salaries: { '2026': 1 } }), years).salaries).toEqual({});
    expect(economyDraftOf(undefined, years)).toEqual(empty);
  });

  it('reads back what it wrote', () => {
    const economy = view({ salaries: { '2027': 1234.5, '2028': -0.1 }, staffFte: { '2028': 12 } });
    const { value, errors } = parseEconomyDraft(economyDraftOf(economy, years), years);
    expect(errors).toEqual({});
    expect(value?.salaries).toEqual(economy.salaries);
    expect(value?.staffFte).toEqual(economy.staffFte);
  });
});

describe('parseEconomyDraft', () => {
  it('leaves empty cells out', () => {
    const draft = { ...empty, salaries: { '2027': '0,3', '2028': '  ' } };
    expect(parseEconomyDraft(draft, years)).toEqual({
      value: {
        establishmentCosts: {},
        salaries: { '2027': 0.3 },
        otherOperations: {},
        staffFte: {},
      },
      errors: {},
    });
  });

  it('keys each error by row and year, in Danish', () => {
    const draft: EconomyDraft = {
      establishmentCosts: { '2027': 'abc' },
      salaries: { '2027': '0,35', '2028': '1.5' },
      otherOperations: { '2028': '-0,5' },
      staffFte: { '2027': '-1', '2028': '0,25' },
    };
    const { value, errors } = parseEconomyDraft(draft, years);
    expect(value).toBeNull();
    expect(errors).toEqual({
      'establishmentCosts.2027': 'Skriv et beløb i mio. kr. med højst én decimal, fx 0,3',
      'salaries.2027': 'Skriv et beløb i mio. kr. med højst én decimal, fx 0,3',
      'salaries.2028': 'Skriv et beløb i mio. kr. med højst én decimal, fx 0,3',
      'staffFte.2027': 'Årsværk kan ikke være negativt',
      'staffFte.2028': 'Skriv årsværk som et tal med højst én decimal, fx 1,5',
    });
  });

  it('ignores cells of years outside the round', () => {
    const draft = { ...empty, salaries: { '2030': 'abc' } };
    expect(parseEconomyDraft(draft, years).errors).toEqual({});
  });
});

describe('economyDraftTotal', () => {
  it('adds exactly, in kroner', () => {
    const draft = { ...empty, establishmentCosts: { '2027': '0,1' }, salaries: { '2027': '0,2' } };
    expect(economyDraftTotal(draft, 2027)).toBe(300_000);
    expect(economyDraftTotal(draft, 2028)).toBe(0);
  });

  it('counts savings and leaves FTE out', () => {
    const draft = {
      ...empty,
      otherOperations: { '2027': '-0,5' },
      salaries: { '2027': '1.234,5' },
      staffFte: { '2027': '3' },
    };
    expect(economyDraftTotal(draft, 2027)).toBe(1_234_000_000);
  });

  it('has no total while a cell of the year is invalid', () => {
    expect(economyDraftTotal({ ...empty, salaries: { '2027': '0,35' } }, 2027)).toBeNull();
  });
});

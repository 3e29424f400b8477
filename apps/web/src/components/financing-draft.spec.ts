import { financingErrorsOf, financingForApi } from './financing-draft';

describe('financingForApi', () => {
  it('lets a lone area without a share pay it all', () => {
    expect(financingForApi([{ area: 'health', share: ' ' }])).toEqual([
      { area: 'health', share: '1' },
    ]);
  });

  it('sends the shares as typed, trimmed', () => {
    expect(
      financingForApi([
        { area: 'health', share: ' 1/3' },
        { area: 'social', share: '2/3 ' },
      ]),
    ).toEqual([
      { area: 'health', share: '1/3' },
      { area: 'social', share: '2/3' },
    ]);
  });
});

describe('financingErrorsOf', () => {
  it('accepts no financing, a lone area, and shares adding up to 1', () => {
    expect(financingErrorsOf([])).toEqual({});
    expect(financingErrorsOf([{ area: 'health', share: '' }])).toEqual({});
    expect(
      financingErrorsOf([
        { area: 'health', share: '1/3' },
        { area: 'regionalDevelopment', share: '2/3' },
      ]),
    ).toEqual({});
    expect(
      financingErrorsOf([
        { area: 'health', share: '0,5' },
        { area: 'social', share: '1/2' },
      ]),
    ).toEqual({});
  });

  it('asks for each share when several areas are marked', () => {
    expect(
      financingErrorsOf([
        { area: 'health', share: '1/2' },
        { area: 'social', share: '' },
      ]),
    ).toEqual({ social: 'Angiv andelen, fx 1/2 eller 0,5' });
  });

  it('refuses a share that is not a fraction between 0 and 1', () => {
    expect(financingErrorsOf([{ area: 'health', share: '3/2' }])).toEqual({
      health: 'Andelen skal være en brøk mellem 0 og 1, fx 1/3 eller 0,5',
    });
  });

  it("gives the domain's reason when the shares do not add up to 1", () => {
    expect(
      financingErrorsOf([
        { area: 'health', share: '1/2' },
        { area: 'social', share: '0,4' },
      ]),
    ).toEqual({
      financing: 'Andelene af finansieringen skal tilsammen give præcis 1 (de giver 9/10)',
    });
  });
});

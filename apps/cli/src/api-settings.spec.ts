import { apiSettingsOf } from './api-settings';

describe('where and as whom the import goes', () => {
  const round = 'budget-2026-2029';

  it('takes a token from the environment, and the address from it or the option', () => {
    expect(apiSettingsOf({ round }, { BUDGETFLOW_TOKEN: 't' })).toEqual({
      apiUrl: 'http://localhost:3000/api',
      roundId: round,
      credentials: { token: 't' },
    });
    expect(
      apiSettingsOf({ round }, { BUDGETFLOW_TOKEN: 't', BUDGETFLOW_API_URL: 'http://a:1/api' }),
    ).toMatchObject({ apiUrl: 'http://a:1/api' });
    expect(
      apiSettingsOf(
        { round, api: 'https://b/api' },
        { BUDGETFLOW_TOKEN: 't', BUDGETFLOW_API_URL: 'http://a:1/api' },
      ),
    ).toMatchObject({ apiUrl: 'https://b/api' });
  });

  it('signs in with a login and the password from the environment, never the command line', () => {
    expect(
      apiSettingsOf(
        { round, login: 'demo-sf' },
        { BUDGETFLOW_PASSWORD: 'p', BUDGETFLOW_TOKEN: 't' },
      ),
    ).toMatchObject({ credentials: { login: 'demo-sf', password: 'p' } });
    expect(apiSettingsOf({ round, login: 'demo-sf' }, {})).toEqual({
      error: 'Angiv adgangskoden for demo-sf i BUDGETFLOW_PASSWORD',
    });
  });

  it('says in Danish what is missing', () => {
    expect(apiSettingsOf({}, { BUDGETFLOW_TOKEN: 't' })).toEqual({
      error: 'Angiv budgetrunden med --round, fx --round budget-2026-2029',
    });
    expect(apiSettingsOf({ round }, {})).toEqual({
      error: expect.stringMatching(/^Log ind med --login/),
    });
    expect(apiSettingsOf({ round, api: 'localhost:3000' }, { BUDGETFLOW_TOKEN: 't' })).toEqual({
      error: expect.stringMatching(/skal begynde med http/),
    });
  });
});

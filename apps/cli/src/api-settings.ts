import { defaultApiUrl } from './args';
import type { ApiSettings } from './api-client';

/**
 * Where to import and as whom, from the command line and the environment (in Danish when
 * something is missing): the API's address (--api, BUDGETFLOW_API_URL), the round (--round)
 * and a bearer token (BUDGETFLOW_TOKEN) or a login with its password (--login with
 * BUDGETFLOW_PASSWORD). A password is never taken on the command line, where others can see it.
 */
export function apiSettingsOf(
  options: { readonly round?: string; readonly api?: string; readonly login?: string },
  env: NodeJS.ProcessEnv,
): ApiSettings | { readonly error: string } {
  if (!options.round)
    return { error: 'Angiv budgetrunden med --round, fx --round budget-2026-2029' };
  const apiUrl = options.api ?? (env['BUDGETFLOW_API_URL'] || defaultApiUrl);
  if (!/^https?:\/\/[^/]+/.test(apiUrl)) {
    return { error: `API'ets adresse skal begynde med http:// eller https:// (fik "${apiUrl}")` };
  }
  if (options.login) {
    const password = env['BUDGETFLOW_PASSWORD'];
    if (!password)
      return { error: `Angiv adgangskoden for ${options.login} i BUDGETFLOW_PASSWORD` };
    return { apiUrl, roundId: options.round, credentials: { login: options.login, password } };
  }
  const token = env['BUDGETFLOW_TOKEN'];
  if (!token) {
    return {
      error:
        'Log ind med --login <id> (og adgangskoden i BUDGETFLOW_PASSWORD), eller angiv et token i BUDGETFLOW_TOKEN',
    };
  }
  return { apiUrl, roundId: options.round, credentials: { token } };
}

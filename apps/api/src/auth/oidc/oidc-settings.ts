import type { ApiConfig } from '../../config/api-config';

/** What the OpenID Connect sign-in needs, checked once at start-up. */
export interface OidcSettings {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The claim matched against the directory's e-mail addresses on a first sign-in. */
  readonly userClaim: string;
  /** Registered at the provider: where it sends the browser back with the code. */
  readonly redirectUri: string;
  /** Where the browser goes once signed in. */
  readonly publicUrl: string;
}

export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';

/**
 * The sign-in settings when AUTH_MODE is "oidc", null when passwords are used. A switched-on
 * sign-in without its issuer or client stops the start-up rather than the first person.
 */
export function oidcSettingsOf(config: ApiConfig): OidcSettings | null {
  if (config.AUTH_MODE !== 'oidc') return null;
  const {
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: clientId,
    OIDC_CLIENT_SECRET: clientSecret,
  } = config;
  if (!issuer || !clientId || !clientSecret) {
    const missing = Object.entries({
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: clientId,
      OIDC_CLIENT_SECRET: clientSecret,
    })
      .filter(([, value]) => !value)
      .map(([name]) => name);
    throw new Error(`Invalid API configuration: AUTH_MODE=oidc needs ${missing.join(', ')}`);
  }
  const publicUrl = config.PUBLIC_URL.replace(/\/+$/, '');
  return {
    issuer,
    clientId,
    clientSecret,
    userClaim: config.OIDC_USER_CLAIM,
    redirectUri: `${publicUrl}${OIDC_CALLBACK_PATH}`,
    publicUrl,
  };
}

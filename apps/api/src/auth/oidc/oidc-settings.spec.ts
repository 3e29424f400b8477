import { readApiConfig } from '../../config/api-config';
import { oidcSettingsOf } from './oidc-settings';

const base = { DATABASE_URL: 'postgres://x', TEMPORAL_ADDRESS: 'localhost:7233' };

describe('the OpenID Connect settings', () => {
  it('are none with passwords (AUTH_MODE=local)', () => {
    expect(oidcSettingsOf(readApiConfig(base))).toBeNull();
  });

  it('stop the start-up when switched on without issuer, client or secret', () => {
    expect(() =>
      oidcSettingsOf(readApiConfig({ ...base, AUTH_MODE: 'oidc', OIDC_CLIENT_ID: 'c' })),
    ).toThrow('AUTH_MODE=oidc needs OIDC_ISSUER, OIDC_CLIENT_SECRET');
  });

  it('derive the callback from PUBLIC_URL', () => {
    const settings = oidcSettingsOf(
      readApiConfig({
        ...base,
        AUTH_MODE: 'oidc',
        OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
        OIDC_CLIENT_ID: 'c',
        OIDC_CLIENT_SECRET: 's',
        PUBLIC_URL: 'https://budget.region.example/',
      }),
    );
    expect(settings).toMatchObject({
      redirectUri: 'https://budget.region.example/api/auth/oidc/callback',
      publicUrl: 'https://budget.region.example',
      userClaim: 'email',
    });
  });
});

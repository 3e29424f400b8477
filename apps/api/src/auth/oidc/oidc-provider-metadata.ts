import { z } from 'zod';
import { OidcFailure } from './oidc-failure';

/** The parts of the provider's discovery document that the sign-in uses. */
const providerMetadataSchema = z.object({
  issuer: z.string(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
  userinfo_endpoint: z.url().optional(),
  token_endpoint_auth_methods_supported: z.array(z.string()).optional(),
  id_token_signing_alg_values_supported: z.array(z.string()).optional(),
  code_challenge_methods_supported: z.array(z.string()).optional(),
});

export type ProviderMetadata = z.infer<typeof providerMetadataSchema>;

const TIMEOUT_MS = 10_000;

/** A request to the provider; that it cannot be reached is the provider's failure, not the person's. */
export async function fetchFromProvider(url: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(url, {
      ...init,
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new OidcFailure('unavailable', `${url}: ${(error as Error).message}`);
  }
}

/**
 * Reads the issuer's discovery document (OpenID Connect Discovery 1.0). The document must name
 * the configured issuer exactly: tokens are checked against that name.
 */
export async function discoverProvider(issuer: string): Promise<ProviderMetadata> {
  const url = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  const response = await fetchFromProvider(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new OidcFailure('unavailable', `${url} answered ${response.status}`);
  const parsed = providerMetadataSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) {
    throw new OidcFailure(
      'unavailable',
      `${url} is no discovery document: ${parsed.error.message}`,
    );
  }
  if (parsed.data.issuer !== issuer) {
    throw new OidcFailure(
      'unavailable',
      `${url} names the issuer ${parsed.data.issuer}, not OIDC_ISSUER ${issuer}`,
    );
  }
  const challenges = parsed.data.code_challenge_methods_supported;
  if (challenges && !challenges.includes('S256')) {
    throw new OidcFailure('unavailable', `${issuer} does not support PKCE with S256`);
  }
  return parsed.data;
}

export type ClientAuthentication = 'client_secret_post' | 'client_secret_basic';

/**
 * How the client proves itself at the token endpoint: the secret in the form where the
 * provider takes it (no encoding pitfalls), else HTTP Basic, which every provider must take.
 */
export function clientAuthenticationOf(metadata: ProviderMetadata): ClientAuthentication {
  const supported = metadata.token_endpoint_auth_methods_supported ?? ['client_secret_basic'];
  return supported.includes('client_secret_post') ? 'client_secret_post' : 'client_secret_basic';
}

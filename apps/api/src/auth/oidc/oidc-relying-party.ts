import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../../config/api-config';
import { OidcFailure } from './oidc-failure';
import { type ProvenLogin, userClaimOf } from './oidc-mapping';
import {
  clientAuthenticationOf,
  discoverProvider,
  fetchFromProvider,
  type ProviderMetadata,
} from './oidc-provider-metadata';
import { type OidcSettings, oidcSettingsOf } from './oidc-settings';
import {
  codeChallengeOf,
  newTransaction,
  type OidcTransaction,
  openTransaction,
  sealTransaction,
  transactionKey,
} from './oidc-transaction';

const tokenResponseSchema = z.object({
  id_token: z.string().min(1),
  access_token: z.string().optional(),
});

// Signatures with a public key only: an ID token under a shared secret (HS*) is never accepted.
const PUBLIC_KEY_ALGORITHM = /^(?:(?:RS|PS|ES)(?:256|384|512)|EdDSA)$/;

const METADATA_TTL_MS = 60 * 60_000;
const CLOCK_TOLERANCE_SECONDS = 60;

/**
 * Budgetflow as an OpenID Connect relying party: the authorization code flow with PKCE (S256),
 * state and nonce, the code redeemed with the client secret, and the ID token verified against
 * the issuer's published keys. Knows nothing of the directory; that is OidcSignIn's.
 */
@Injectable()
export class OidcRelyingParty {
  readonly settings: OidcSettings | null;
  private readonly key: Uint8Array | null;
  private metadata: { readonly until: number; readonly value: Promise<ProviderMetadata> } | null =
    null;
  private readonly keySets = new Map<string, JWTVerifyGetKey>();

  constructor(@Inject(API_CONFIG) config: ApiConfig) {
    this.settings = oidcSettingsOf(config);
    this.key = this.settings ? transactionKey(this.settings.clientSecret) : null;
  }

  /** Starts a sign-in: where to send the browser, and the sealed transaction for its cookie. */
  async begin(): Promise<{ url: string; sealedTransaction: string }> {
    const { settings, key } = this.switchedOn();
    const metadata = await this.providerMetadata();
    const transaction = newTransaction();
    const url = new URL(metadata.authorization_endpoint);
    for (const [name, value] of Object.entries({
      response_type: 'code',
      client_id: settings.clientId,
      redirect_uri: settings.redirectUri,
      scope: 'openid email profile',
      state: transaction.state,
      nonce: transaction.nonce,
      code_challenge: codeChallengeOf(transaction.codeVerifier),
      code_challenge_method: 'S256',
    })) {
      url.searchParams.set(name, value);
    }
    return { url: url.toString(), sealedTransaction: await sealTransaction(transaction, key) };
  }

  /** The transaction a cookie carries, if it is ours and fresh. */
  openTransaction(sealed: string | undefined): Promise<OidcTransaction | null> {
    return openTransaction(sealed, this.switchedOn().key);
  }

  /**
   * Finishes a sign-in the provider sent back with a code: redeems it, verifies the ID token
   * and reads the claim that names the person (from the user info when the token lacks it).
   */
  async finish(
    callback: { readonly code: string; readonly iss?: string | undefined },
    transaction: OidcTransaction,
  ): Promise<ProvenLogin> {
    const { settings } = this.switchedOn();
    // RFC 9207: a provider that names itself on the way back must name the one we asked.
    if (callback.iss !== undefined && callback.iss !== settings.issuer) {
      throw new OidcFailure('invalidResponse', `the response names the issuer ${callback.iss}`);
    }
    const metadata = await this.providerMetadata();
    const tokens = await this.redeem(metadata, callback.code, transaction.codeVerifier);
    const claims = await this.verifyIdToken(metadata, tokens.id_token, transaction.nonce);
    let userClaim = userClaimOf(claims, settings.userClaim);
    if (userClaim === null && metadata.userinfo_endpoint && tokens.access_token) {
      const info = await this.userInfo(metadata.userinfo_endpoint, tokens.access_token, claims.sub);
      userClaim = userClaimOf(info, settings.userClaim);
    }
    return { issuer: settings.issuer, subject: claims.sub, userClaim };
  }

  private switchedOn(): { settings: OidcSettings; key: Uint8Array } {
    if (!this.settings || !this.key) throw new Error('OpenID Connect sign-in is switched off');
    return { settings: this.settings, key: this.key };
  }

  /** The discovery document, read again after an hour or after a failure. */
  private providerMetadata(): Promise<ProviderMetadata> {
    const { settings } = this.switchedOn();
    if (!this.metadata || this.metadata.until < Date.now()) {
      const value = discoverProvider(settings.issuer);
      void value.catch(() => {
        if (this.metadata?.value === value) this.metadata = null;
      });
      this.metadata = { until: Date.now() + METADATA_TTL_MS, value };
    }
    return this.metadata.value;
  }

  private async redeem(metadata: ProviderMetadata, code: string, codeVerifier: string) {
    const { clientId, clientSecret, redirectUri } = this.switchedOn().settings;
    const body = new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      code_verifier: codeVerifier,
    });
    const headers: Record<string, string> = { accept: 'application/json' };
    if (clientAuthenticationOf(metadata) === 'client_secret_post') {
      body.set('client_id', clientId);
      body.set('client_secret', clientSecret);
    } else {
      const credentials = `${formEncoded(clientId)}:${formEncoded(clientSecret)}`;
      headers['authorization'] = `Basic ${Buffer.from(credentials).toString('base64')}`;
    }
    const response = await fetchFromProvider(metadata.token_endpoint, {
      method: 'POST',
      headers,
      body,
    });
    const answer: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const error = (answer as { error?: unknown } | null)?.error;
      throw new OidcFailure(
        response.status >= 500 ? 'unavailable' : 'invalidResponse',
        `the token endpoint answered ${response.status} ${String(error ?? '')}`.trim(),
      );
    }
    const tokens = tokenResponseSchema.safeParse(answer);
    if (!tokens.success) {
      throw new OidcFailure('invalidResponse', 'the token endpoint answered without an ID token');
    }
    return tokens.data;
  }

  private async verifyIdToken(
    metadata: ProviderMetadata,
    idToken: string,
    nonce: string,
  ): Promise<JWTPayload & { sub: string }> {
    const { issuer, clientId } = this.switchedOn().settings;
    const offered = metadata.id_token_signing_alg_values_supported ?? ['RS256'];
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(idToken, this.keySetOf(metadata.jwks_uri), {
        issuer,
        audience: clientId,
        algorithms: offered.filter((alg) => PUBLIC_KEY_ALGORITHM.test(alg)),
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['sub', 'iat', 'exp'],
      }));
    } catch (error) {
      if (error instanceof errors.JOSEError && !(error instanceof errors.JWKSTimeout)) {
        throw new OidcFailure('invalidResponse', `ID token refused: ${error.message}`);
      }
      throw new OidcFailure('unavailable', `the issuer's keys: ${(error as Error).message}`);
    }
    if (payload.nonce !== nonce) {
      throw new OidcFailure('invalidResponse', 'ID token refused: it carries another nonce');
    }
    // OpenID Connect Core 3.1.3.7: with more than one audience, we must be the authorized party.
    if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload.azp !== clientId) {
      throw new OidcFailure('invalidResponse', 'ID token refused: azp is not this client');
    }
    if (typeof payload.sub !== 'string' || payload.sub === '') {
      throw new OidcFailure('invalidResponse', 'ID token refused: no subject');
    }
    return { ...payload, sub: payload.sub };
  }

  private async userInfo(
    endpoint: string,
    accessToken: string,
    subject: string,
  ): Promise<Record<string, unknown>> {
    const response = await fetchFromProvider(endpoint, {
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
    });
    if (!response.ok) {
      throw new OidcFailure(
        response.status >= 500 ? 'unavailable' : 'invalidResponse',
        `the user info endpoint answered ${response.status}`,
      );
    }
    const info = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    // OpenID Connect Core 5.3.2: user info about anyone else must not be used.
    if (!info || info['sub'] !== subject) {
      throw new OidcFailure('invalidResponse', 'the user info is about another subject');
    }
    return info;
  }

  private keySetOf(jwksUri: string): JWTVerifyGetKey {
    let keySet = this.keySets.get(jwksUri);
    if (!keySet) {
      keySet = createRemoteJWKSet(new URL(jwksUri));
      this.keySets.set(jwksUri, keySet);
    }
    return keySet;
  }
}

/** RFC 6749 2.3.1: the client id and secret are form-encoded before they go into Basic. */
function formEncoded(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice('v='.length);
}

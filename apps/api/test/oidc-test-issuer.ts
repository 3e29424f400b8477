import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type CryptoKey, type JWTPayload, SignJWT } from 'jose';

// A tiny OpenID Provider for the tests: a discovery document, its keys (JWKS) and a token
// endpoint, on node:http. The "login" is the test saying who is proven (authorize); the ID
// token can be spoiled on purpose (another audience, nonce, expiry or signing key).

export interface Proven {
  readonly sub: string;
  /** Further claims of the ID token (e-mail, name, and whatever else a provider sends). */
  readonly claims?: Readonly<Record<string, unknown>>;
  /** Spoils the ID token: claims overridden, or signed with a key the issuer never published. */
  readonly spoil?: { readonly claims?: JWTPayload; readonly foreignKey?: boolean };
}

interface Grant extends Proven {
  readonly nonce: string;
  readonly codeChallenge: string;
  readonly redirectUri: string;
}

const KEY_ID = 'test-key-1';

export class TestIssuer {
  private readonly grants = new Map<string, Grant>();
  private codes = 0;

  private constructor(
    private readonly server: Server,
    readonly issuer: string,
    private readonly client: { readonly id: string; readonly secret: string },
    private readonly keys: { readonly signing: CryptoKey; readonly foreign: CryptoKey },
    private readonly jwks: { keys: object[] },
  ) {}

  static async start(client: { id: string; secret: string }): Promise<TestIssuer> {
    const signing = await generateKeyPair('RS256');
    const foreign = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(signing.publicKey)), kid: KEY_ID, alg: 'RS256', use: 'sig' };
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const testIssuer = new TestIssuer(
      server,
      issuer,
      client,
      { signing: signing.privateKey, foreign: foreign.privateKey },
      { keys: [jwk] },
    );
    server.on('request', (request, response) => {
      testIssuer.answer(request, response).catch((error: Error) => {
        send(response, 500, { error: 'server_error', error_description: error.message });
      });
    });
    return testIssuer;
  }

  /**
   * The provider's side of the sign-in Budgetflow started with `authorizationUrl`: the person is
   * proven as given; the address the browser is sent back to, with code and state.
   */
  authorize(authorizationUrl: string, proven: Proven): string {
    const params = new URL(authorizationUrl).searchParams;
    expect(params.get('client_id')).toBe(this.client.id);
    expect(params.get('response_type')).toBe('code');
    expect(params.get('code_challenge_method')).toBe('S256');
    const code = `code-${++this.codes}`;
    this.grants.set(code, {
      ...proven,
      nonce: params.get('nonce')!,
      codeChallenge: params.get('code_challenge')!,
      redirectUri: params.get('redirect_uri')!,
    });
    const back = new URL(params.get('redirect_uri')!);
    back.searchParams.set('code', code);
    back.searchParams.set('state', params.get('state')!);
    return back.href;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    switch (request.url ?? '') {
      case '/.well-known/openid-configuration':
        return send(response, 200, {
          issuer: this.issuer,
          authorization_endpoint: `${this.issuer}/authorize`,
          token_endpoint: `${this.issuer}/token`,
          jwks_uri: `${this.issuer}/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          token_endpoint_auth_methods_supported: ['client_secret_basic'],
          code_challenge_methods_supported: ['S256'],
        });
      case '/jwks':
        return send(response, 200, this.jwks);
      case '/token':
        return this.token(request, response);
      default:
        return send(response, 404, { error: 'not_found' });
    }
  }

  /** Redeems a code once, for the client with its secret (HTTP Basic) and the PKCE verifier. */
  private async token(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const form = new URLSearchParams(await bodyOf(request));
    const [id, secret] = Buffer.from(
      (request.headers.authorization ?? '').replace(/^Basic /, ''),
      'base64',
    )
      .toString()
      .split(':')
      .map((part) => decodeURIComponent(part.replace(/\+/g, ' ')));
    if (id !== this.client.id || secret !== this.client.secret) {
      return send(response, 401, { error: 'invalid_client' });
    }
    const grant = this.grants.get(form.get('code') ?? '');
    this.grants.delete(form.get('code') ?? '');
    const verifier = form.get('code_verifier') ?? '';
    if (
      !grant ||
      form.get('grant_type') !== 'authorization_code' ||
      form.get('redirect_uri') !== grant.redirectUri ||
      createHash('sha256').update(verifier).digest('base64url') !== grant.codeChallenge
    ) {
      return send(response, 400, { error: 'invalid_grant' });
    }
    const now = Math.floor(Date.now() / 1000);
    const idToken = await new SignJWT({
      iss: this.issuer,
      aud: this.client.id,
      sub: grant.sub,
      nonce: grant.nonce,
      iat: now,
      exp: now + 300,
      ...grant.claims,
      ...grant.spoil?.claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: KEY_ID, typ: 'JWT' })
      .sign(grant.spoil?.foreignKey ? this.keys.foreign : this.keys.signing);
    return send(response, 200, {
      access_token: `access-${grant.sub}`,
      token_type: 'Bearer',
      expires_in: 300,
      id_token: idToken,
    });
  }
}

function send(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += String(chunk);
  return body;
}

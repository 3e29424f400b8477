// A real OpenID Provider (panva's oidc-provider, with its development login form) for the
// OIDC tests. Runs in a process of its own because the library is ES modules only, which the
// test runner cannot load; it listens on a free port and sends its issuer to the parent.
//
// argv[2]: JSON { clientId, clientSecret, redirectUri, accounts: { [sub]: claims } }
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const { clientId, clientSecret, redirectUri, accounts } = JSON.parse(process.argv[2]);

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    },
  ],
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'preferred_username'],
  },
  async findAccount(_ctx, sub) {
    const claims = accounts[sub];
    return claims && { accountId: sub, claims: () => ({ sub, ...claims }) };
  },
  cookies: { keys: ['budgetflow-test-only-cookie-key'] },
});
server.on('request', provider.callback());

process.send({ issuer });
// The test ends the process; should it die first, so does the provider.
process.on('disconnect', () => process.exit(0));

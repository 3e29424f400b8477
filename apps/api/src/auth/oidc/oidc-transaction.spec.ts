import {
  codeChallengeOf,
  newTransaction,
  openTransaction,
  sealTransaction,
  transactionKey,
} from './oidc-transaction';

const key = transactionKey('the-client-secret');

describe('the sign-in transaction cookie', () => {
  it('opens what it sealed, and hides it from the browser', async () => {
    const transaction = newTransaction();
    const sealed = await sealTransaction(transaction, key);
    expect(sealed).not.toContain(transaction.state);
    expect(Buffer.from(sealed.split('.')[3] ?? '', 'base64url').toString()).not.toContain(
      transaction.nonce,
    );
    expect(await openTransaction(sealed, key)).toEqual(transaction);
  });

  it('opens nothing that is missing, altered, sealed by another secret or too old', async () => {
    const sealed = await sealTransaction(newTransaction(), key);
    expect(await openTransaction(undefined, key)).toBeNull();
    const parts = sealed.split('.');
    parts[3] = `${parts[3]!.startsWith('A') ? 'B' : 'A'}${parts[3]!.slice(1)}`;
    expect(await openTransaction(parts.join('.'), key)).toBeNull();
    expect(await openTransaction(sealed, transactionKey('another-secret'))).toBeNull();

    jest.useFakeTimers({ now: Date.now() - 11 * 60_000, doNotFake: ['nextTick', 'setImmediate'] });
    const old = await sealTransaction(newTransaction(), key);
    jest.useRealTimers();
    expect(await openTransaction(old, key)).toBeNull();
  });

  it('makes fresh random values each time, and the S256 challenge of RFC 7636', () => {
    const [a, b] = [newTransaction(), newTransaction()];
    expect(a.state).not.toBe(b.state);
    expect(a.nonce).not.toBe(a.state);
    // RFC 7636, appendix B.
    expect(codeChallengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });
});

import type { Account } from '@budgetflow/persistence';
import { externalSubjectOf, matchAccount, userClaimOf } from './oidc-mapping';

const account = (id: string, email: string | null, active = true): Account => ({
  id,
  name: id,
  email,
  role: 'partyGroupMember',
  partyGroups: ['Enhedslisten'],
  reviewAreas: [],
  active,
  passwordHash: null,
  failedSignIns: 0,
  lockedUntil: null,
});

const mette = account('mette', 'mette.holm@region.example');

describe('the external subject', () => {
  it('is the issuer and the subject together: subjects are unique per issuer only', () => {
    expect(
      externalSubjectOf({ issuer: 'https://login.microsoftonline.com/t/v2.0', subject: 'abc' }),
    ).toBe('https://login.microsoftonline.com/t/v2.0|abc');
  });
});

describe('the user claim', () => {
  it('is the configured claim, trimmed', () => {
    expect(userClaimOf({ email: ' a@b.dk ' }, 'email')).toBe('a@b.dk');
    expect(
      userClaimOf({ preferred_username: 'a@b.dk', email: 'x@y.dk' }, 'preferred_username'),
    ).toBe('a@b.dk');
  });

  it('is missing when absent, empty or not a string', () => {
    expect(userClaimOf({}, 'email')).toBeNull();
    expect(userClaimOf({ email: '  ' }, 'email')).toBeNull();
    expect(userClaimOf({ email: ['a@b.dk'] }, 'email')).toBeNull();
  });

  it('does not count an e-mail address the provider marks unverified', () => {
    expect(userClaimOf({ email: 'a@b.dk', email_verified: false }, 'email')).toBeNull();
    expect(userClaimOf({ email: 'a@b.dk', email_verified: true }, 'email')).toBe('a@b.dk');
    // Entra ID sends no email_verified at all.
    expect(userClaimOf({ email: 'a@b.dk' }, 'email')).toBe('a@b.dk');
  });
});

describe('matching a proven login to the directory', () => {
  it('takes the linked account, whatever the claim says now', () => {
    const other = account('bo', 'bo@region.example');
    expect(matchAccount('bo@region.example', { linked: mette, byUserClaim: other })).toEqual({
      kind: 'signIn',
      account: mette,
      link: false,
    });
    expect(matchAccount(null, { linked: mette, byUserClaim: null })).toMatchObject({
      kind: 'signIn',
      link: false,
    });
  });

  it('matches the e-mail address case-insensitively on a first sign-in, and links', () => {
    expect(matchAccount('Mette.Holm@REGION.example', { linked: null, byUserClaim: mette })).toEqual(
      { kind: 'signIn', account: mette, link: true },
    );
  });

  it('keeps the account as it is: role and party groups come from the directory', () => {
    const match = matchAccount('mette.holm@region.example', { linked: null, byUserClaim: mette });
    expect(match.kind === 'signIn' && match.account).toBe(mette);
  });

  it('does not let the claim name a person by their user id', () => {
    const byId = account('mette.holm@region.example', 'mette@privat.example');
    expect(
      matchAccount('mette.holm@region.example', { linked: null, byUserClaim: byId }),
    ).toMatchObject({ kind: 'refused', reason: 'notRegistered' });
  });

  it('refuses an unknown person, a login without the claim, and a closed account', () => {
    expect(matchAccount('ukendt@region.example', { linked: null, byUserClaim: null })).toEqual({
      kind: 'refused',
      reason: 'notRegistered',
      account: null,
    });
    expect(matchAccount(null, { linked: null, byUserClaim: null })).toMatchObject({
      kind: 'refused',
      reason: 'noUserClaim',
    });
    const closed = account('lukket', 'lukket@region.example', false);
    expect(matchAccount('lukket@region.example', { linked: null, byUserClaim: closed })).toEqual({
      kind: 'refused',
      reason: 'inactive',
      account: closed,
    });
    expect(matchAccount(null, { linked: closed, byUserClaim: null })).toMatchObject({
      kind: 'refused',
      reason: 'inactive',
    });
  });
});

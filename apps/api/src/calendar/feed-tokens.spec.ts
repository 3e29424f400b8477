import { createHmac } from 'node:crypto';
import { feedToken, readFeedToken, type FeedSubject } from './feed-tokens';

const SECRET = 'a-secret-for-these-tests-only';
const søren: FeedSubject = { kind: 'user', id: 'Søren' };
const konservative: FeedSubject = { kind: 'party', name: 'Det Konservative Folkeparti' };

/** A token for any payload text, signed as feedToken signs: to reach the checks after the signature. */
function signed(text: string, secret = SECRET): string {
  const payload = Buffer.from(text).toString('base64url');
  return `${payload}.${createHmac('sha256', secret).update(payload).digest('base64url')}`;
}

describe('calendar feed tokens', () => {
  it.each([søren, konservative, { kind: 'party', name: 'Enhedslisten – De Rød-Grønne' }] as const)(
    'read back the subject they were made for: %o',
    (subject) => {
      const token = feedToken(subject, SECRET);
      expect(token).toMatch(/^[\w-]+\.[\w-]+$/); // safe in a URL path as it is
      expect(readFeedToken(token, SECRET)).toEqual(subject);
    },
  );

  it('refuse a token signed with another secret', () => {
    expect(readFeedToken(feedToken(søren, 'another-secret-entirely'), SECRET)).toBeNull();
  });

  it('refuse a payload swapped for another subject under the same signature', () => {
    const [, signature] = feedToken(søren, SECRET).split('.');
    const [otherPayload] = feedToken({ kind: 'user', id: 'koordinator' }, SECRET).split('.');
    expect(readFeedToken(`${otherPayload}.${signature}`, SECRET)).toBeNull();
  });

  it('refuse a changed signature, of the same length or not', () => {
    const [payload, signature] = feedToken(konservative, SECRET).split('.') as [string, string];
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    expect(readFeedToken(`${payload}.${flipped}`, SECRET)).toBeNull();
    expect(readFeedToken(`${payload}.${signature.slice(1)}`, SECRET)).toBeNull();
    expect(readFeedToken(`${payload}.${signature}x`, SECRET)).toBeNull();
  });

  it.each(['', 'abc', '.', 'abc.', '.abc', 'a.b.c', `${feedToken(søren, SECRET)}.extra`])(
    'give null for the malformed token %p',
    (token) => {
      expect(readFeedToken(token, SECRET)).toBeNull();
    },
  );

  it.each([
    ['an unknown kind', 'team:Søren'],
    ['an empty user', 'user:'],
    ['an empty party', 'party:'],
    // Without the colon, indexOf gives -1: 'users' must not read as the user 'users'.
    ['no separator', 'users'],
    ['no separator', 'partyX'],
  ])('give null for a correctly signed payload with %s (%p)', (_case, text) => {
    expect(readFeedToken(signed(text), SECRET)).toBeNull();
  });
});

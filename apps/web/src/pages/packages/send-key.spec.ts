import { nextSendKey } from './send-key';

describe('nextSendKey', () => {
  let made = 0;
  const makeKey = () => `key-${++made}`;

  it('keeps the key while the body is the same, so a retry saves once', () => {
    const first = nextSendKey(null, { name: 'A' }, makeKey);
    expect(nextSendKey(first, { name: 'A' }, makeKey)).toBe(first);
  });

  it('makes a new key for another body', () => {
    const first = nextSendKey(null, { name: 'A' }, makeKey);
    const second = nextSendKey(first, { name: 'B' }, makeKey);
    expect(second.key).not.toBe(first.key);
    expect(second.body).toBe('{"name":"B"}');
  });
});

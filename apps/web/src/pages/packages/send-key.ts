import { useRef } from 'react';

// The Idempotency-Key of a save: the same for every try of one body, so that a retry after a
// lost answer saves one version, not two; a new one once the body changes, since the API
// refuses a key sent again with another body.

export interface SentKey {
  readonly key: string;
  readonly body: string;
}

/** The key for this body: the last one while the body is the same, else a new one. */
export function nextSendKey(last: SentKey | null, body: unknown, makeKey: () => string): SentKey {
  const text = JSON.stringify(body);
  return last && last.body === text ? last : { key: makeKey(), body: text };
}

/** Gives the key to send a body with, remembering it for the next try. */
export function useSendKey(): (body: unknown) => string {
  const last = useRef<SentKey | null>(null);
  return (body) => {
    last.current = nextSendKey(last.current, body, () => crypto.randomUUID());
    return last.current.key;
  };
}

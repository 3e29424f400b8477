import { useState } from 'react';

/** The time the page was opened, read once so that a render stays pure. */
export function useNow(): number {
  const [now] = useState(() => Date.now());
  return now;
}

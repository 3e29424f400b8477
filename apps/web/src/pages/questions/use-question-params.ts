import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  parseQuestionParams,
  type QuestionParams,
  serialiseQuestionParams,
} from './question-params';

/**
 * The list's parameters from the address, and a way to change them: each change is a step in
 * the browser's history. Until the router has taken the new address, the change is shown as
 * made, so a choice does not flick back under the hand.
 */
export function useQuestionParams() {
  const [search, setSearch] = useSearchParams();
  const address = search.toString();
  const fromAddress = useMemo(() => parseQuestionParams(new URLSearchParams(address)), [address]);
  const [pending, setPending] = useState<{ from: string; params: QuestionParams } | null>(null);
  if (pending && pending.from !== address) setPending(null);
  const params = pending && pending.from === address ? pending.params : fromAddress;
  const change = useCallback(
    (next: QuestionParams) => {
      setPending({ from: address, params: next });
      setSearch(serialiseQuestionParams(next));
    },
    [address, setSearch],
  );
  const update = useCallback(
    (changed: Partial<QuestionParams>) => change({ ...params, ...changed }),
    [change, params],
  );
  const reset = useCallback(
    () => change({ ...parseQuestionParams(new URLSearchParams()), sort: params.sort }),
    [change, params.sort],
  );
  return { params, update, reset };
}

import { compareInitiativeNumbers, type LifecycleState } from '@budgetflow/domain';
import type { InitiativeListItem, PackageItem } from '../../api/types';

// The initiatives a package can be made of: the round's submitted ones that are still open or
// included (drafts never; an ended one counts nothing), and any the package already holds.

/** What the editor shows of an initiative to choose. */
export interface Candidate {
  readonly number: string;
  readonly title: string;
  readonly state: LifecycleState;
  readonly stateLabel: string;
  /** What it costs over the round's years, as the list states it; null if not known here. */
  readonly total: string | null;
}

/** The states of the initiatives offered for a package. */
export const candidateStates: readonly LifecycleState[] = [
  'submitted',
  'inReview',
  'costed',
  'inNegotiation',
  'included',
];

export function candidatesOf(
  offered: readonly InitiativeListItem[],
  held: readonly PackageItem[],
): Candidate[] {
  const candidates: Candidate[] = offered.map((item) => ({
    number: item.number,
    title: item.title,
    state: item.state,
    stateLabel: item.stateLabel,
    total: item.total.formatted,
  }));
  for (const item of held) {
    if (!candidates.some((one) => one.number === item.number)) {
      candidates.push({
        number: item.number,
        title: item.title,
        state: item.state,
        stateLabel: item.stateLabel,
        total: null,
      });
    }
  }
  return candidates.sort((a, b) => compareInitiativeNumbers(a.number, b.number));
}

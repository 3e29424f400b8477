import type { LifecycleState } from '@budgetflow/domain';

/** The lifecycle state as a labelled badge; colour is never the only carrier (the text is there). */
export function StateBadge({ state, label }: { state: LifecycleState; label: string }) {
  return <span className={`badge state-${state}`}>{label}</span>;
}

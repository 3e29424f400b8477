import type { Stance } from '@budgetflow/domain';
import './support.css';

/** A mark beside the word, never instead of it: the word carries the stance, colour only helps. */
const marks: Record<Stance, string> = { support: '✓', oppose: '✗', undecided: '?' };

/** A party group's stance, as the API words it ("Støtter", "Imod", "Ikke afklaret"). */
export function StanceLabel({ stance, label }: { stance: Stance; label: string }) {
  return (
    <span className={`stance stance-${stance}`}>
      <span className="stance-mark" aria-hidden="true">
        {marks[stance]}
      </span>
      {label}
    </span>
  );
}

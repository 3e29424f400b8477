import type { Majority } from '../../api/types';
import './support.css';

/** Whether the supporters carry it, in the domain's words ("Flertal: 24 af 41 mandater"). */
export function MajorityText({ majority }: { majority: Majority }) {
  return (
    <span className={majority.hasMajority ? 'majority majority-yes' : 'majority majority-no'}>
      <span className="stance-mark" aria-hidden="true">
        {majority.hasMajority ? '✓' : '✗'}
      </span>
      {majority.label}
    </span>
  );
}

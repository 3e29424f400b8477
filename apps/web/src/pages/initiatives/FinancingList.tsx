import type { FinancingView } from '../../api/types';

/** The financing areas with their shares, as the form writes them: "Sundhedskassen 1/2". */
export function FinancingList({ financing }: { financing: readonly FinancingView[] }) {
  if (financing.length === 0) return <p className="muted">Ikke udfyldt</p>;
  return (
    <ul className="financing-list">
      {financing.map((share) => (
        <li key={share.area}>
          {share.areaLabel} <span className="financing-share">{shareText(share.share)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The API writes shares as fractions ("1/3") and the whole as "1". */
function shareText(share: string): string {
  return share === '1' ? '(hele finansieringen)' : share;
}

import { Link } from 'react-router';
import type { InitiativeListItem } from '../../api/types';
import { paths } from '../../app/paths';

/** An initiative on the board: number and title (the link), who put it forward, what it costs. */
export function InitiativeCard({
  initiative,
  compact,
}: {
  initiative: InitiativeListItem;
  compact: boolean;
}) {
  return (
    <li className={`board-card${compact ? ' board-card-compact' : ''}`}>
      <Link
        to={paths.initiative(initiative.roundId, initiative.number)}
        className="board-card-link"
      >
        <span className="board-card-number">{initiative.number}</span> {initiative.title}
      </Link>
      {compact ? null : (
        <>
          <p className="board-card-parties muted">{initiative.submittedByLabel}</p>
          <p className="board-card-amount num">
            <span className="visually-hidden">Beløb i alt: </span>
            {initiative.total.formatted}
          </p>
        </>
      )}
    </li>
  );
}

import { Link } from 'react-router';
import type { Initiative } from '../../api/types';
import { paths } from '../../app/paths';
import { StateBadge } from '../../components/StateBadge';

/** Who put the initiative forward, where it stands, and how it ended or what it took in. */
export function InitiativeNotices({ initiative }: { initiative: Initiative }) {
  const link = (number: string) => (
    <Link to={paths.initiative(initiative.roundId, number)}>forslag {number}</Link>
  );
  return (
    <>
      <dl className="facts initiative-facts">
        <dt>Fremsat af</dt>
        <dd>{initiative.submittedByLabel}</dd>
        <dt>Tilstand</dt>
        <dd>
          <StateBadge state={initiative.state} label={initiative.stateLabel} />
          {initiative.submittedLate ? (
            <span className="badge late-mark">Indsendt efter fristen</span>
          ) : null}
        </dd>
      </dl>
      {initiative.mergedInto ? (
        <p className="alert alert-info">
          <strong>Indarbejdet i {link(initiative.mergedInto)}.</strong> Forslaget behandles videre
          som en del af det.
        </p>
      ) : null}
      {initiative.absorbed.length > 0 ? (
        <div className="alert alert-info">
          <strong>Har indarbejdet:</strong>{' '}
          <ul className="inline-list">
            {initiative.absorbed.map((number) => (
              <li key={number}>{link(number)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {initiative.closingReason ? (
        <div className="alert alert-warn">
          <strong>
            {initiative.state === 'withdrawn'
              ? 'Begrundelse for at trække forslaget tilbage'
              : 'Begrundelse for afvisningen'}
          </strong>
          <p>{initiative.closingReason}</p>
        </div>
      ) : null}
    </>
  );
}

import { Link, useParams } from 'react-router';
import type { Milestone } from '../../api/types';
import { paths } from '../../app/paths';

/**
 * One date of the round: what kind it is, what happens, when, and for a meeting the deadline
 * for its agenda material. A past one says so in words.
 */
export function MilestoneItem({ milestone, past }: { milestone: Milestone; past: boolean }) {
  const kind = milestone.bodyLabel
    ? `${milestone.kindLabel} · ${milestone.bodyLabel}`
    : milestone.kindLabel;
  // Said once: a milestone often bears its kind's name as its title.
  const showKind = kind !== milestone.title;
  const { roundId } = useParams();
  return (
    <li className={`milestone${past ? ' milestone-past' : ''}`}>
      {showKind || past ? (
        <p className="milestone-kind">
          {showKind ? kind : null}
          {past ? <span className="badge milestone-past-badge">Overstået</span> : null}
        </p>
      ) : null}
      <p className="milestone-title">
        <strong>{milestone.title}</strong>{' '}
        <time dateTime={milestone.at} className="milestone-at">
          {milestone.atText}
        </time>
      </p>
      {milestone.agendaDeadline ? (
        <p className="milestone-agenda">
          Frist for dagsordensmateriale:{' '}
          <time dateTime={milestone.agendaDeadline.at}>{milestone.agendaDeadline.atText}</time>
        </p>
      ) : null}
      {milestone.kind === 'meeting' && roundId ? (
        <p className="milestone-minutes">
          <Link
            to={paths.meeting(roundId, milestone.id)}
            aria-label={`Referat og beslutninger: ${milestone.title}`}
          >
            Referat og beslutninger
          </Link>
        </p>
      ) : null}
    </li>
  );
}

/** Whether a dated entry lies before `now`. */
export function isPast(at: string, now: number): boolean {
  return Date.parse(at) < now;
}

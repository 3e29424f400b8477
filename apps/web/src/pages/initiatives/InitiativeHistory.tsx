import { roleLabels } from '@budgetflow/domain';
import { Link } from 'react-router';
import type { HistoryEntry } from '../../api/types';
import { paths } from '../../app/paths';
import { dateTime } from '../../format';
import { TextBlock } from './TextBlock';

/** "Forløb": every step the initiative has taken, oldest first, with who, when and why. */
export function InitiativeHistory({
  roundId,
  history,
}: {
  roundId: string;
  history: readonly HistoryEntry[];
}) {
  const entries = [...history].sort((a, b) => a.seq - b.seq);
  return (
    <section aria-labelledby="section-history" className="card initiative-history">
      <h2 id="section-history">Forløb</h2>
      {entries.length === 0 ? (
        <p className="muted">Intet forløb endnu.</p>
      ) : (
        <ol className="timeline">
          {entries.map((entry) => (
            <li key={entry.seq}>
              <p className="timeline-step">
                <strong>{entry.label}</strong>
                {entry.fromLabel && entry.from !== entry.to ? (
                  <span className="timeline-states">
                    {' '}
                    {entry.fromLabel} <span aria-hidden="true">→</span>
                    <span className="visually-hidden">til</span> {entry.toLabel}
                  </span>
                ) : (
                  <span className="timeline-states"> {entry.toLabel}</span>
                )}
              </p>
              <p className="timeline-meta">
                <time dateTime={entry.at}>{dateTime(entry.at)}</time> ·{' '}
                {entry.actor.name ?? entry.actor.id} ({roleLabels[entry.actor.role]})
              </p>
              <RelatedInitiative roundId={roundId} entry={entry} />
              {entry.comment ? (
                <div className="timeline-comment">
                  <TextBlock text={entry.comment} />
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** A merge names the other initiative: the one taken into (merge) or taken in (absorb). */
function RelatedInitiative({ roundId, entry }: { roundId: string; entry: HistoryEntry }) {
  const into = entry.command === 'merge' ? entry.data?.['into'] : undefined;
  const source = entry.command === 'absorb' ? entry.data?.['source'] : undefined;
  const number = typeof into === 'string' ? into : typeof source === 'string' ? source : null;
  if (!number) return null;
  return (
    <p className="timeline-meta">
      {into ? 'Indarbejdet i ' : 'Indarbejdede '}
      <Link to={paths.initiative(roundId, number)}>forslag {number}</Link>
    </p>
  );
}

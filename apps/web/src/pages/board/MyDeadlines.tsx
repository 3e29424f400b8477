import { Link } from 'react-router';
import { useMyDeadlines } from '../../api/notifications';
import { paths } from '../../app/paths';
import { Empty, Loaded } from '../../components/Status';

/** The signed-in person's coming deadlines and meetings in this round, soonest first. */
export function MyDeadlines({ roundId }: { roundId: string }) {
  const deadlines = useMyDeadlines();
  return (
    <section aria-labelledby="mine-frister" className="card section-card">
      <h2 id="mine-frister">Mine frister</h2>
      <Loaded query={deadlines} what="dine frister">
        {(all) => {
          const mine = all.filter((deadline) => deadline.roundId === roundId);
          if (mine.length === 0) return <Empty>Du har ingen kommende frister i denne runde.</Empty>;
          return (
            <ul className="deadline-list">
              {mine.map((deadline) => (
                <li key={deadline.id}>
                  <time dateTime={deadline.at} className="deadline-at">
                    {deadline.atText}
                  </time>{' '}
                  {deadline.number ? (
                    <Link to={paths.initiative(roundId, deadline.number)}>{deadline.title}</Link>
                  ) : (
                    <span>{deadline.title}</span>
                  )}
                </li>
              ))}
            </ul>
          );
        }}
      </Loaded>
    </section>
  );
}

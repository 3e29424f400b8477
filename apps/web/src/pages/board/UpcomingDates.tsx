import { Link } from 'react-router';
import { useCalendar } from '../../api/rounds';
import { paths } from '../../app/paths';
import { Empty, Loaded } from '../../components/Status';
import { isPast, MilestoneItem } from './MilestoneItem';
import { useNow } from './use-now';

/** How many coming dates the board shows; the calendar page has them all. */
const shown = 4;

/** Where the round stands and its next deadlines and meetings. */
export function UpcomingDates({ roundId }: { roundId: string }) {
  const calendar = useCalendar(roundId);
  const now = useNow();
  return (
    <section aria-labelledby="kommende-datoer" className="card section-card">
      <h2 id="kommende-datoer">Kommende frister og møder</h2>
      <Loaded query={calendar} what="budgetrundens kalender">
        {(data) => {
          const coming = data.milestones
            .filter((milestone) => !isPast(milestone.at, now))
            .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
            .slice(0, shown);
          return (
            <>
              <p className="round-phase">
                Fase: <strong>{data.phaseLabel}</strong>
              </p>
              {coming.length === 0 ? (
                <Empty>Budgetrunden har ikke flere frister eller møder.</Empty>
              ) : (
                <ol className="milestone-list milestone-list-compact">
                  {coming.map((milestone) => (
                    <MilestoneItem key={milestone.id} milestone={milestone} past={false} />
                  ))}
                </ol>
              )}
              <p>
                <Link to={paths.calendar(roundId)}>Se hele kalenderen</Link>
              </p>
            </>
          );
        }}
      </Loaded>
    </section>
  );
}

import { useCalendar } from '../../api/rounds';
import { useRoundId } from '../../app/use-round-id';
import { Page } from '../../components/Page';
import { Empty, Loaded } from '../../components/Status';
import { isPast, MilestoneItem } from './MilestoneItem';
import { MyDeadlines } from './MyDeadlines';
import { useNow } from './use-now';

/** The round's calendar for everyone: where the round stands, all its dates, and one's own. */
export function CalendarPage() {
  const roundId = useRoundId();
  const calendar = useCalendar(roundId);
  const now = useNow();
  return (
    <Page title="Kalender">
      <Loaded query={calendar} what="budgetrundens kalender">
        {(data) => {
          const milestones = [...data.milestones].sort(
            (a, b) => Date.parse(a.at) - Date.parse(b.at),
          );
          return (
            <>
              <p className="round-phase">
                {data.roundName} · Fase: <strong>{data.phaseLabel}</strong>
              </p>
              <div className="calendar-layout">
                <section aria-labelledby="rundens-datoer" className="card section-card">
                  <h2 id="rundens-datoer">Budgetrundens datoer</h2>
                  {milestones.length === 0 ? (
                    <Empty>Budgetrunden har endnu ingen datoer.</Empty>
                  ) : (
                    <ol className="milestone-list">
                      {milestones.map((milestone) => (
                        <MilestoneItem
                          key={milestone.id}
                          milestone={milestone}
                          past={isPast(milestone.at, now)}
                        />
                      ))}
                    </ol>
                  )}
                </section>
                <MyDeadlines roundId={roundId} />
              </div>
            </>
          );
        }}
      </Loaded>
    </Page>
  );
}

import { useRoundId } from '../../app/use-round-id';
import { Page } from '../../components/Page';
import { IncludedEconomy } from './IncludedEconomy';
import { PublicationCard } from './PublicationCard';
import { StateColumns } from './StateColumns';
import { UpcomingDates } from './UpcomingDates';

/** The coordinators' overview of the round: where every initiative stands, what it costs, when. */
export function BoardPage() {
  const roundId = useRoundId();
  return (
    <Page title="Overblik">
      <div className="board-top">
        <UpcomingDates roundId={roundId} />
        <PublicationCard roundId={roundId} />
      </div>
      <StateColumns roundId={roundId} />
      <IncludedEconomy roundId={roundId} />
    </Page>
  );
}

import { useParams } from 'react-router';
import { useMeetingMinutes } from '../../api/imports';
import { useSession } from '../../api/session';
import { useRoundId } from '../../app/use-round-id';
import { Page } from '../../components/Page';
import { Empty, Loaded } from '../../components/Status';
import { AttachMinutesForm } from './AttachMinutesForm';
import { MinutesView } from './MinutesView';
import './imports.css';

/**
 * A meeting of the round's calendar with its minutes: what was decided, the amounts, and the
 * initiatives each decision concerns. Coordinators attach the minutes; everyone reads them.
 */
export function MeetingPage() {
  const roundId = useRoundId();
  const { milestoneId = '' } = useParams();
  const minutes = useMeetingMinutes(roundId, milestoneId);
  const session = useSession();
  const coordinator = session.data?.user.role === 'coordinator';
  return (
    <Page title={minutes.data ? `Møde · ${minutes.data.meetingTitle}` : 'Møde'}>
      {coordinator ? <AttachMinutesForm roundId={roundId} milestoneId={milestoneId} /> : null}
      <Loaded query={minutes} what="mødets referat">
        {(list) =>
          list.minutes.length === 0 ? (
            <Empty>Der er endnu intet referat af mødet.</Empty>
          ) : (
            <>
              {list.minutes.map((one) => (
                <MinutesView key={one.id} minutes={one} headingId={`referat-${one.id}`} />
              ))}
            </>
          )
        }
      </Loaded>
    </Page>
  );
}

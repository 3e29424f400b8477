import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../../api/client';
import { useInitiative } from '../../api/initiatives';
import type { InitiativeDetail } from '../../api/types';
import { paths } from '../../app/paths';
import { useRoundId } from '../../app/use-round-id';
import { CommandDialog, type DialogCommand } from '../../components/commands';
import { Page } from '../../components/Page';
import { Loaded } from '../../components/Status';
import { InitiativeActions } from './InitiativeActions';
import { InitiativeHistory } from './InitiativeHistory';
import { InitiativeNotices } from './InitiativeNotices';
import { InitiativeSections } from './InitiativeSections';

/** One initiative as the form people know, with its course and what the reader may do with it. */
export function InitiativePage() {
  const roundId = useRoundId();
  const { number = '' } = useParams();
  // A link to another initiative (a merge's target) is a new page: no dialog or message carried.
  return <InitiativeView key={`${roundId}/${number}`} roundId={roundId} number={number} />;
}

function InitiativeView({ roundId, number }: { roundId: string; number: string }) {
  const initiative = useInitiative(roundId, number);
  // The dialog stays mounted while it closes, so the browser hands the focus back to its button.
  const [dialog, setDialog] = useState<{ command: DialogCommand; open: boolean } | null>(null);
  const [confirmation, setConfirmation] = useState('');
  const confirmationRef = useRef<HTMLDivElement>(null);
  // The button that opened the dialog may be gone once the step is taken: the focus goes to the
  // confirmation instead of being lost.
  useEffect(() => {
    if (confirmation) confirmationRef.current?.focus();
  }, [confirmation]);
  const data = initiative.data;
  // Another party's draft is, to this reader, simply not there: the API says 404 and so do we.
  if (initiative.error instanceof ApiProblem && initiative.error.status === 404) {
    return (
      <Page title="Forslaget findes ikke">
        <p>
          Der er intet forslag {number} i budgetrunden, som du kan se.{' '}
          <Link to={paths.initiatives(roundId)}>Gå til listen over forslag</Link>.
        </p>
      </Page>
    );
  }
  const title = data
    ? `Budgetinitiativ ${data.number}: ${data.title}`
    : `Budgetinitiativ ${number}`;
  return (
    <Page
      title={title}
      actions={
        data && data.actions.length > 0 ? (
          <InitiativeActions
            initiative={data}
            onCommand={(command) => {
              setConfirmation('');
              setDialog({ command, open: true });
            }}
          />
        ) : null
      }
    >
      <div ref={confirmationRef} tabIndex={-1} role="status" className="confirmation-region">
        {confirmation ? <p className="alert alert-ok">{confirmation}</p> : null}
      </div>
      <Loaded query={initiative} what={`forslag ${number}`}>
        {(detail: InitiativeDetail) => (
          <>
            <InitiativeNotices initiative={detail} />
            <InitiativeSections initiative={detail} />
            <InitiativeHistory roundId={roundId} history={detail.history} />
            {dialog ? (
              <CommandDialog
                roundId={roundId}
                initiative={detail}
                command={dialog.command}
                open={dialog.open}
                onClose={() => setDialog({ ...dialog, open: false })}
                onDone={(text) => {
                  setDialog({ ...dialog, open: false });
                  setConfirmation(text);
                }}
              />
            ) : null}
          </>
        )}
      </Loaded>
    </Page>
  );
}

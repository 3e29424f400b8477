import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useInitiatives } from '../../api/initiatives';
import { useCalendar } from '../../api/rounds';
import { useRoundId } from '../../app/use-round-id';
import { Page } from '../../components/Page';
import { Empty, Loaded } from '../../components/Status';
import { ClosedTasks } from './ClosedTasks';
import { OpenTasksTable } from './OpenTasksTable';
import { ProcessTaskDialog } from './ProcessTaskDialog';
import { closedTasks, type InboxTask, openTasks } from './review-tasks';

/** The administration's tasks of the round: review and cost what the parties submitted. */
export function InboxPage() {
  const roundId = useRoundId();
  const client = useQueryClient();
  const calendar = useCalendar(roundId);
  const awaiting = useInitiatives({ round: roundId, state: ['submitted', 'inReview'] });
  const [processing, setProcessing] = useState<InboxTask | null>(null);
  const [done, setDone] = useState<readonly { number: string; confirmation: string }[]>([]);
  const both = {
    data:
      calendar.data && awaiting.data
        ? { calendar: calendar.data, awaiting: awaiting.data }
        : undefined,
    error: calendar.error ?? awaiting.error,
    isPending: calendar.isPending || awaiting.isPending,
  };
  const last = done[done.length - 1];
  // The task's row (and its button) is gone once done, so the focus goes to the confirmation.
  const confirmationRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (done.length > 0) confirmationRef.current?.focus();
  }, [done.length]);
  return (
    <Page title="Opgaver">
      <p
        role="status"
        ref={confirmationRef}
        tabIndex={-1}
        className={last ? 'alert alert-ok inbox-confirmation' : 'visually-hidden'}
      >
        {last?.confirmation ?? ''}
      </p>
      <Loaded query={both} what="opgaverne">
        {({ calendar: round, awaiting: list }) => {
          // A task just done stays away while the calendar catches up with the workflow.
          const open = openTasks(round.reviewTasks, list.items).filter(
            (task) => !done.some((one) => one.number === task.number),
          );
          const overdue = open.filter((task) => task.overdue).length;
          return (
            <>
              <p className="muted">
                Administrativ behandling og prisfastsættelse af forslagene i {round.roundName}.
              </p>
              <section aria-labelledby="aabne-opgaver">
                <h2 id="aabne-opgaver">
                  Åbne opgaver ({open.length})
                  {overdue > 0 ? (
                    <span className="task-overdue-count"> · {overdue} overskredet</span>
                  ) : null}
                </h2>
                {open.length === 0 ? (
                  <Empty>Ingen åbne opgaver.</Empty>
                ) : (
                  <OpenTasksTable roundId={roundId} tasks={open} onProcess={setProcessing} />
                )}
              </section>
              <ClosedTasks roundId={roundId} tasks={closedTasks(round.reviewTasks)} />
            </>
          );
        }}
      </Loaded>
      <ProcessTaskDialog
        roundId={roundId}
        task={processing}
        onClose={() => setProcessing(null)}
        onDone={(task, confirmation) => {
          setProcessing(null);
          setDone((before) => [...before, { number: task.number, confirmation }]);
          void client.invalidateQueries({ queryKey: ['rounds', roundId, 'calendar'] });
        }}
      />
    </Page>
  );
}

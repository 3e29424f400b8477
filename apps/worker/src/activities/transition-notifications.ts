import { transitionNotification } from '@budgetflow/domain';
import type { AlongWithTransition } from '@budgetflow/persistence';
import type { NotificationSink } from './round.activities';

/**
 * The notifications a recorded step causes, written in the step's own transaction: the step and
 * its notifications are stored together or not at all.
 */
export function notifyAlongWithTransition(notifications: NotificationSink): AlongWithTransition {
  return async (db, { workflowId, initiative, record }) => {
    let target = null;
    if (record.command === 'merge' && initiative.mergedInto) {
      const rows: { title: string; party_groups: string[] }[] = await db.query(
        'SELECT title, party_groups FROM initiative WHERE round_id = $1 AND number = $2',
        [initiative.roundId, initiative.mergedInto],
      );
      const row = rows[0];
      target = {
        number: initiative.mergedInto,
        title: row?.title ?? '',
        partyGroups: row?.party_groups ?? [],
      };
    }
    const event = transitionNotification(workflowId, initiative, record, target);
    if (event) await notifications.enqueue(db, event);
  };
}

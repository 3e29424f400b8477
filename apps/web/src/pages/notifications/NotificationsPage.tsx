import { useState } from 'react';
import { Link } from 'react-router';
import { useInbox, useMarkRead } from '../../api/notifications';
import { paths } from '../../app/paths';
import { Page } from '../../components/Page';
import { Empty, Loaded, ProblemMessage } from '../../components/Status';
import { NotificationEntry } from './NotificationEntry';

/** As many as useInbox asks for on a page. */
const pageSize = 50;

/** The in-app inbox: newest first, unread marked, read one by one or all at once. */
export function NotificationsPage() {
  const [page, setPage] = useState(1);
  const inbox = useInbox(page);
  const markRead = useMarkRead();
  const unread = inbox.data?.unread ?? 0;
  return (
    <Page
      title="Beskeder"
      actions={
        <button
          type="button"
          // aria-disabled rather than disabled: a disabled button drops the keyboard focus.
          aria-disabled={unread === 0 || markRead.isPending}
          onClick={() => {
            if (unread > 0 && !markRead.isPending) markRead.mutate('all');
          }}
        >
          Markér alle som læste
        </button>
      }
    >
      <p className="muted">
        Beskeder om dine forslag, opgaver og budgetrundens frister. Hvilke du også får som e-mail,
        vælger du under <Link to={paths.preferences}>e-mailindstillinger</Link>.
      </p>
      <ProblemMessage error={markRead.error} title="Beskeden blev ikke markeret som læst" />
      <Loaded query={inbox} what="dine beskeder">
        {(data) => {
          if (data.items.length === 0) return <Empty>Du har ingen beskeder.</Empty>;
          const pages = Math.max(1, Math.ceil(data.total / pageSize));
          return (
            <>
              <p role="status" className="notifications-summary">
                {data.unread === 0
                  ? 'Alle beskeder er læst.'
                  : `${data.unread} ${data.unread === 1 ? 'ulæst besked' : 'ulæste beskeder'} af ${data.total}.`}
              </p>
              <ul className="notification-list">
                {data.items.map((entry) => (
                  <NotificationEntry
                    key={entry.id}
                    entry={entry}
                    marking={markRead.isPending && markRead.variables === entry.id}
                    onMarkRead={() => markRead.mutate(entry.id)}
                  />
                ))}
              </ul>
              {pages > 1 ? (
                <nav aria-label="Sider med beskeder" className="notification-pages">
                  <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                    Nyere beskeder
                  </button>
                  <span>
                    Side {page} af {pages}
                  </span>
                  <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                    Ældre beskeder
                  </button>
                </nav>
              ) : null}
            </>
          );
        }}
      </Loaded>
    </Page>
  );
}

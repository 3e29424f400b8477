import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { InboxEntry } from '../../api/types';
import { dateTime } from '../../format';
import { appPath, linkText, paragraphsOf } from './app-path';

/** One notification: unread ones say so in words and in bold, with a way to mark them read. */
export function NotificationEntry({
  entry,
  marking,
  onMarkRead,
}: {
  entry: InboxEntry;
  marking: boolean;
  onMarkRead: () => void;
}) {
  const subjectId = useId();
  const unread = entry.readAt === null;
  const path = appPath(entry.link);
  // The button goes once the entry is read; the focus moves on to the entry's link, not the page.
  const [markedHere, setMarkedHere] = useState(false);
  const linkRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (markedHere && !unread) linkRef.current?.focus();
  }, [markedHere, unread]);
  return (
    <li className={`notification card${unread ? ' notification-unread' : ''}`}>
      <article aria-labelledby={subjectId}>
        <header className="notification-header">
          <h2 id={subjectId} className="notification-subject">
            {unread ? <span className="badge notification-badge">Ulæst</span> : null}{' '}
            {entry.subject}
          </h2>
          <p className="muted notification-date">
            <time dateTime={entry.createdAt}>{dateTime(entry.createdAt)}</time>
          </p>
        </header>
        {paragraphsOf(entry.text, entry.link).map((paragraph, index) => (
          <p key={index} className="notification-text">
            {paragraph}
          </p>
        ))}
        <div className="notification-actions">
          {path ? (
            // Opening the notification is reading it.
            <Link to={path} ref={linkRef} onClick={unread ? onMarkRead : undefined}>
              {linkText(path)}
            </Link>
          ) : null}
          {unread ? (
            <button
              type="button"
              className="button-quiet"
              aria-describedby={subjectId}
              aria-disabled={marking}
              onClick={() => {
                if (marking) return;
                setMarkedHere(true);
                onMarkRead();
              }}
            >
              Markér som læst
            </button>
          ) : null}
        </div>
      </article>
    </li>
  );
}

import { useEffect, useRef } from 'react';

export interface SummaryEntry {
  /** The id of the control the link moves the focus to. */
  readonly id: string;
  readonly label: string;
  readonly message: string;
}

/**
 * What stops the form, each a link to its field; it takes the focus at every failed attempt, so
 * a keyboard or screen-reader user learns at once what to fix.
 */
export function FormErrorSummary({
  title,
  entries,
  focusToken,
}: {
  title: string;
  entries: readonly SummaryEntry[];
  /** Changes with each attempt that failed. */
  focusToken: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = entries.length > 0;
  useEffect(() => {
    if (shown && focusToken > 0) ref.current?.focus();
  }, [focusToken, shown]);
  if (!shown) return null;
  return (
    <div className="alert alert-error error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h3>{title}</h3>
      <ul>
        {entries.map(({ id, label, message }) => (
          <li key={id}>
            <a
              href={`#${id}`}
              onClick={(event) => {
                const element = document.getElementById(id);
                if (!element) return;
                event.preventDefault();
                element.focus();
                element.scrollIntoView({ block: 'center' });
              }}
            >
              {label}
            </a>
            : {message}
          </li>
        ))}
      </ul>
    </div>
  );
}

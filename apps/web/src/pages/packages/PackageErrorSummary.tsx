import { useEffect, useRef } from 'react';
import { type DraftErrors, fieldId, fieldLabel } from './package-body';

/**
 * What stops the save, each a link to its field; it takes the focus at every failed attempt, so
 * a keyboard or screen-reader user learns at once what to fix.
 */
export function PackageErrorSummary({
  errors,
  focusToken,
}: {
  errors: DraftErrors;
  /** Changes with each attempt that failed. */
  focusToken: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const shown = entries.length > 0;
  useEffect(() => {
    if (shown && focusToken > 0) ref.current?.focus();
  }, [focusToken, shown]);
  if (!shown) return null;
  return (
    <div className="alert alert-error error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>Ret følgende, før pakken kan gemmes</h2>
      <ul>
        {entries.map(([field, message]) => {
          const id = fieldId(field);
          return (
            <li key={field}>
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
                {fieldLabel(field)}
              </a>
              : {message}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

import { useEffect, useRef } from 'react';

/**
 * What stops the upload, as a link to the file field; it takes the focus at each failed attempt,
 * so a keyboard or screen-reader user learns at once what to fix.
 */
export function FilesErrorSummary({
  title,
  fieldId,
  label,
  message,
  focusToken,
}: {
  title: string;
  fieldId: string;
  label: string;
  message: string | null;
  /** Changes with each attempt that failed. */
  focusToken: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message && focusToken > 0) ref.current?.focus();
  }, [focusToken, message]);
  if (!message) return null;
  return (
    <div className="alert alert-error error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>{title}</h2>
      <ul>
        <li>
          <a
            href={`#${fieldId}`}
            onClick={(event) => {
              const element = document.getElementById(fieldId);
              if (!element) return;
              event.preventDefault();
              element.focus();
            }}
          >
            {label}
          </a>
          : {message}
        </li>
      </ul>
    </div>
  );
}

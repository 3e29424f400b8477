import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

/** The ids an input is described by: its hint and its error, when there are any. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length ? present.join(' ') : undefined;
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="field-error">
      {message}
    </p>
  ) : null;
}

/** What the label says of a field: must it be filled in, or may it be left empty. */
export function Necessity({ required }: { required: boolean }) {
  return <span className="necessity">{required ? ' (skal udfyldes)' : ' (valgfri)'}</span>;
}

/** A labelled text area, its hint and its error linked to it for screen readers. */
export function TextAreaField({
  id,
  label,
  required,
  hint,
  error,
  registration,
  rows = 4,
}: {
  id: string;
  label: string;
  required: boolean;
  hint?: ReactNode;
  error: string | undefined;
  registration: UseFormRegisterReturn;
  rows?: number;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        <Necessity required={required} />
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        rows={rows}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : null, error ? `${id}-error` : null)}
        {...registration}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

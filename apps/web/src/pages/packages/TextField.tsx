import type { ReactNode } from 'react';
import { describedBy, FieldError, Necessity } from '../../components/commands/fields';

/** A labelled one-line field of the package editor, its hint and its error linked to it. */
export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  required = false,
  className,
  inputMode,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  inputMode?: 'decimal' | 'text';
}) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>
        {label}
        <Necessity required={required} />
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        value={value}
        autoComplete="off"
        inputMode={inputMode}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : null, error ? `${id}-error` : null)}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

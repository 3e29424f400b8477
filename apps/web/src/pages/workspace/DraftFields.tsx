import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { PartyGroup, User } from '../../api/types';

// The form's plain fields, each with its label, hint and error tied to it for screen readers.

function describedBy(id: string, hint: ReactNode, error: string | undefined) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

export function TextField({
  id,
  label,
  hint,
  error,
  registration,
  inputMode,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  registration: UseFormRegisterReturn;
  inputMode?: 'decimal' | 'text';
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...registration}
      />
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

export function TextAreaField({
  id,
  label,
  hint,
  error,
  registration,
  rows = 6,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  registration: UseFormRegisterReturn;
  rows?: number;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...registration}
      />
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

const yesNoChoices = [
  { value: 'yes', label: 'Ja' },
  { value: 'no', label: 'Nej' },
  { value: 'unstated', label: 'Ikke angivet' },
] as const;

/** A yes/no question of the form, where "not stated" is an answer too. */
export function YesNoField({
  id,
  legend,
  hint,
  error,
  registration,
}: {
  id: string;
  legend: string;
  hint?: ReactNode;
  error?: string | undefined;
  registration: UseFormRegisterReturn;
}) {
  return (
    <fieldset
      className="field yes-no"
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend>{legend}</legend>
      <div className="editor-choices">
        {yesNoChoices.map((choice) => (
          <div className="editor-choice" key={choice.value}>
            <input
              type="radio"
              id={`${id}-${choice.value}`}
              value={choice.value}
              {...registration}
            />
            <label htmlFor={`${id}-${choice.value}`}>{choice.label}</label>
          </div>
        ))}
      </div>
      <HintAndError id={id} hint={hint} error={error} />
    </fieldset>
  );
}

/**
 * Who puts the initiative forward: the user's own groups are ticked to begin with; ticking others
 * makes it a joint initiative. The administration's proposals are simply its own.
 */
export function SubmittersField({
  id,
  user,
  groups,
  error,
  registration,
}: {
  id: string;
  user: User;
  groups: readonly PartyGroup[];
  error?: string | undefined;
  registration: UseFormRegisterReturn;
}) {
  if (user.role === 'administration') {
    return (
      <div className="field">
        <p>
          <strong>Fremsat af:</strong> Administrationen
        </p>
      </div>
    );
  }
  const hint = 'Markér flere partigrupper, hvis forslaget fremsættes i fællesskab.';
  return (
    <fieldset
      className="field submitters"
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend>Fremsat af</legend>
      <HintAndError id={id} hint={hint} />
      <div className="editor-choices">
        {groups.map((group, index) => (
          <div className="editor-choice" key={group.name}>
            <input
              type="checkbox"
              id={index === 0 ? id : `${id}-${index}`}
              value={group.name}
              {...registration}
            />
            <label htmlFor={index === 0 ? id : `${id}-${index}`}>
              {group.name} ({group.shortName})
            </label>
          </div>
        ))}
      </div>
      <HintAndError id={id} error={error} />
    </fieldset>
  );
}

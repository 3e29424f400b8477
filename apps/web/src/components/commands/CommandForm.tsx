import type { FormEventHandler, ReactNode, Ref } from 'react';
import { ProblemMessage } from '../Status';

/**
 * The frame of every command's form: its fields, the API's refusal in its own words, and the
 * buttons. A refusal leaves the form open with what was typed, ready to be corrected and sent.
 */
export function CommandForm({
  ref,
  onSubmit,
  submitLabel,
  pending,
  error,
  onCancel,
  danger = false,
  children,
}: {
  ref?: Ref<HTMLFormElement>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  danger?: boolean;
  children: ReactNode;
}) {
  return (
    <form ref={ref} noValidate onSubmit={onSubmit} className="command-form">
      {children}
      <ProblemMessage error={error} />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Annuller
        </button>
        <button
          type="submit"
          className={danger ? 'button-primary button-danger-primary' : 'button-primary'}
          disabled={pending}
        >
          {pending ? 'Sender …' : submitLabel}
        </button>
      </div>
    </form>
  );
}

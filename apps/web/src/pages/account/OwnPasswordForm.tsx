import type { OwnPasswordChange } from '@budgetflow/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useChangeOwnPassword } from '../../api/account';
import { ApiProblem } from '../../api/client';
import { describedBy, FieldError } from '../../components/commands/fields';
import { ProblemMessage } from '../../components/Status';
import {
  emptyPasswordForm,
  type PasswordField,
  type PasswordFormValues,
  passwordFormResolver,
} from './password-form';

const fields: readonly {
  name: PasswordField;
  id: string;
  label: string;
  autoComplete: 'current-password' | 'new-password';
  hint?: string;
}[] = [
  {
    name: 'currentPassword',
    id: 'current-password',
    label: 'Nuværende adgangskode',
    autoComplete: 'current-password',
  },
  {
    name: 'newPassword',
    id: 'new-password',
    label: 'Ny adgangskode',
    autoComplete: 'new-password',
    hint: 'Mindst 12 tegn. Brug gerne flere ord.',
  },
  {
    name: 'repeatedPassword',
    id: 'repeated-password',
    label: 'Gentag ny adgangskode',
    autoComplete: 'new-password',
  },
];

/** Said when the API has changed the password: this session lives on, the others ended. */
function confirmationOf(otherSessionsEnded: number): string {
  const others =
    otherSessionsEnded === 0
      ? ''
      : otherSessionsEnded === 1
        ? ' Din anden session er afsluttet.'
        : ` Dine ${otherSessionsEnded} andre sessioner er afsluttet.`;
  return `Din adgangskode er skiftet.${others}`;
}

/** The current password and a new one, typed twice; the API's refusals shown at their fields. */
export function OwnPasswordForm({ username }: { username: string }) {
  const change = useChangeOwnPassword();
  const form = useForm<PasswordFormValues, unknown, OwnPasswordChange>({
    resolver: passwordFormResolver,
    defaultValues: emptyPasswordForm,
  });
  // One key per change, kept across its retries (a lost answer is then answered as the first),
  // a new one as soon as anything is typed.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const edited = () => {
    setConfirmation(null);
    setIdempotencyKey(crypto.randomUUID());
  };

  const submit = form.handleSubmit(async (body) => {
    setConfirmation(null);
    try {
      const answer = await change.mutateAsync({ ...body, idempotencyKey });
      form.reset(emptyPasswordForm);
      setIdempotencyKey(crypto.randomUUID());
      setConfirmation(confirmationOf(answer.otherSessionsEnded));
    } catch (error) {
      if (!(error instanceof ApiProblem)) return;
      const refused = fields.filter((one) =>
        error.errors.some((problem) => problem.field === one.name),
      );
      refused.forEach(({ name }, index) => {
        const message = error.fieldMessage(name)!;
        form.setError(name, { type: 'server', message }, { shouldFocus: index === 0 });
      });
    }
  });
  // A refusal the fields show is not told twice; any other (locked, no password here) is.
  const placed =
    change.error instanceof ApiProblem &&
    change.error.errors.length > 0 &&
    change.error.errors.every((problem) => fields.some((one) => one.name === problem.field));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {/* Tells a password manager whose password this is, so it keeps the new one with it. */}
      <input type="text" autoComplete="username" value={username} readOnly hidden />
      {placed ? null : (
        <ProblemMessage error={change.error} title="Adgangskoden blev ikke skiftet" />
      )}
      {fields.map(({ name, id, label, autoComplete, hint }) => {
        const error = form.formState.errors[name]?.message;
        return (
          <div className="field" key={name}>
            <label htmlFor={id}>{label}</label>
            {hint ? (
              <p id={`${id}-hint`} className="hint">
                {hint}
              </p>
            ) : null}
            <input
              id={id}
              type="password"
              autoComplete={autoComplete}
              aria-required
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
              {...form.register(name, { onChange: edited })}
            />
            <FieldError id={`${id}-error`} message={error} />
          </div>
        );
      })}
      <button type="submit" className="button-primary" disabled={change.isPending}>
        {change.isPending ? 'Skifter …' : 'Skift adgangskode'}
      </button>
      <div role="status">
        {confirmation ? <p className="alert alert-ok">{confirmation}</p> : null}
      </div>
    </form>
  );
}

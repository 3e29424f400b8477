import type { NotificationKind } from '@budgetflow/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  type EmailPreferences,
  emailModes,
  type NotificationPreferences,
  useSaveNotificationPreferences,
} from '../../api/preferences';
import { ProblemMessage } from '../../components/Status';

/** One group of radio buttons per kind of notification: at once, in the daily digest, or none. */
export function PreferencesForm({ preferences }: { preferences: NotificationPreferences }) {
  const save = useSaveNotificationPreferences();
  const form = useForm<{ email: EmailPreferences }>({
    defaultValues: { email: preferences.email },
  });
  // One key per change, kept across its retries, so a retried save is never done twice.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [saved, setSaved] = useState(false);
  // A changed choice is a new change; a retry of the same choices keeps its key.
  const changed = () => {
    setSaved(false);
    setIdempotencyKey(crypto.randomUUID());
  };
  const kinds = Object.keys(preferences.labels.kinds) as NotificationKind[];

  const submit = form.handleSubmit(({ email }) => {
    setSaved(false);
    save.mutate(
      { email, idempotencyKey },
      {
        onSuccess: (answer) => {
          setIdempotencyKey(crypto.randomUUID());
          form.reset({ email: answer.email });
          setSaved(true);
        },
      },
    );
  });

  return (
    <form onSubmit={(event) => void submit(event)} className="preferences-form" noValidate>
      <ProblemMessage error={save.error} title="Indstillingerne blev ikke gemt" />
      {kinds.map((kind) => (
        <fieldset key={kind} className="preference">
          <legend>{preferences.labels.kinds[kind]}</legend>
          <div className="preference-modes">
            {emailModes.map((mode) => (
              <label key={mode} className="preference-mode">
                <input
                  type="radio"
                  value={mode}
                  {...form.register(`email.${kind}`, { onChange: changed })}
                />{' '}
                {preferences.labels.modes[mode]}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="preferences-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? 'Gemmer …' : 'Gem indstillinger'}
        </button>
        <p role="status" className="preferences-saved">
          {saved ? 'Dine indstillinger er gemt.' : ''}
        </p>
      </div>
    </form>
  );
}

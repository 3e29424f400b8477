import { useState } from 'react';
import { type BudgetQuestion, useAskQuestion } from '../../api/questions';
import { usePartyGroups } from '../../api/rounds';
import type { User } from '../../api/types';
import { describedBy, FieldError, Necessity } from '../../components/commands/fields';
import { ProblemMessage } from '../../components/Status';
import { useSendKey } from '../packages/send-key';
import { FormErrorSummary } from './FormErrorSummary';
import {
  type AskField,
  askFields,
  type AskFormValues,
  checkAskForm,
  type FormErrors,
  placeProblem,
} from './question-form';
import { useQuestionInitiatives } from './use-question-initiatives';

const ids: Record<AskField, string> = {
  partyGroup: 'question-party',
  initiative: 'question-initiative',
  text: 'question-text',
};
const labels: Record<AskField, string> = {
  partyGroup: 'Partigruppe',
  initiative: 'Forslag',
  text: 'Spørgsmål',
};

/**
 * A party group's question to the administration: a member asks for their own party group (and
 * chooses it when they have several), a coordinator for any. Checked with the API's schema
 * before it is sent; what the API refuses is shown at its field, a passed deadline at the top.
 */
export function AskQuestionForm({
  roundId,
  user,
  onAsked,
}: {
  roundId: string;
  user: User;
  onAsked: (question: BudgetQuestion) => void;
}) {
  const ask = useAskQuestion(roundId);
  const parties = usePartyGroups();
  const initiatives = useQuestionInitiatives(roundId);
  const choices =
    user.role === 'coordinator'
      ? (parties.data ?? []).map((party) => party.name)
      : [...user.partyGroups];
  const [values, setValues] = useState<AskFormValues>({ partyGroup: '', initiative: '', text: '' });
  const [errors, setErrors] = useState<FormErrors<AskField>>({});
  const [alert, setAlert] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const keyFor = useSendKey();
  // One's only party group needs no choosing.
  const only = user.role === 'partyGroupMember' && choices.length === 1 ? choices[0] : undefined;
  const partyGroup = only ?? values.partyGroup;

  const failed = (found: FormErrors<AskField>, rest: unknown) => {
    setErrors(found);
    setAlert(rest);
    setAttempt((count) => count + 1);
  };
  const send = async () => {
    const checked = checkAskForm({ ...values, partyGroup });
    if (checked.errors) {
      failed(checked.errors, null);
      return;
    }
    try {
      const asked = await ask.mutateAsync({
        body: checked.body,
        idempotencyKey: keyFor(checked.body),
      });
      setValues({ partyGroup: values.partyGroup, initiative: '', text: '' });
      setErrors({});
      setAlert(null);
      onAsked(asked);
    } catch (error) {
      const placed = placeProblem(error, askFields);
      failed(placed.errors, placed.rest);
    }
  };
  const set = (field: AskField, value: string) => setValues({ ...values, [field]: value });
  const invalid = (field: AskField) => (errors[field] ? true : undefined);
  const errorId = (field: AskField) => (errors[field] ? `${ids[field]}-error` : null);

  return (
    <form
      className="ask-question"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <FormErrorSummary
        title="Ret følgende, før spørgsmålet kan stilles"
        focusToken={attempt}
        entries={askFields.flatMap((field) => {
          const message = errors[field];
          return message ? [{ id: ids[field], label: labels[field], message }] : [];
        })}
      />
      <ProblemMessage error={alert} title="Spørgsmålet blev ikke stillet" />
      {only ? (
        <p id={ids.partyGroup} tabIndex={-1} className="ask-question-party">
          Spørgsmålet stilles for <strong>{only}</strong>.
        </p>
      ) : (
        <div className="field">
          <label htmlFor={ids.partyGroup}>
            Partigruppe
            <Necessity required />
          </label>
          {user.role === 'coordinator' ? (
            <p id={`${ids.partyGroup}-hint`} className="hint">
              Den partigruppe, der har stillet spørgsmålet.
            </p>
          ) : null}
          <select
            id={ids.partyGroup}
            value={values.partyGroup}
            aria-required
            aria-invalid={invalid('partyGroup')}
            aria-describedby={describedBy(
              user.role === 'coordinator' && `${ids.partyGroup}-hint`,
              errorId('partyGroup'),
            )}
            onChange={(event) => set('partyGroup', event.target.value)}
          >
            <option value="">Vælg partigruppe</option>
            {choices.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
          <FieldError id={`${ids.partyGroup}-error`} message={errors.partyGroup} />
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.initiative}>
          Forslag
          <Necessity required={false} />
        </label>
        <p id={`${ids.initiative}-hint`} className="hint">
          Vælg forslaget, hvis spørgsmålet handler om ét forslag.
        </p>
        <select
          id={ids.initiative}
          value={values.initiative}
          aria-invalid={invalid('initiative')}
          aria-describedby={describedBy(`${ids.initiative}-hint`, errorId('initiative'))}
          onChange={(event) => set('initiative', event.target.value)}
        >
          <option value="">Budgettet generelt (intet forslag)</option>
          {initiatives.items.map(({ number, title }) => (
            <option key={number} value={number}>
              {number} {title}
            </option>
          ))}
        </select>
        <FieldError id={`${ids.initiative}-error`} message={errors.initiative} />
      </div>
      <div className="field">
        <label htmlFor={ids.text}>
          Spørgsmål
          <Necessity required />
        </label>
        <textarea
          id={ids.text}
          rows={5}
          value={values.text}
          aria-required
          aria-invalid={invalid('text')}
          aria-describedby={describedBy(errorId('text'))}
          onChange={(event) => set('text', event.target.value)}
        />
        <FieldError id={`${ids.text}-error`} message={errors.text} />
      </div>
      <button type="submit" className="button-primary" disabled={ask.isPending}>
        {ask.isPending ? 'Stiller spørgsmålet …' : 'Stil spørgsmålet'}
      </button>
    </form>
  );
}

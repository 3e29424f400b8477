import { useState } from 'react';
import { type BudgetQuestion, useAnswerQuestion } from '../../api/questions';
import { describedBy, FieldError, Necessity } from '../../components/commands/fields';
import { ProblemMessage } from '../../components/Status';
import { useSendKey } from '../packages/send-key';
import { FormErrorSummary } from './FormErrorSummary';
import { checkAnswerForm, type FormErrors, placeProblem } from './question-form';

const id = 'answer-text';

/**
 * The administration's answer. An answered question starts from the answer in force: a new
 * text corrects it (the API keeps the replaced one), the same text changes nothing.
 */
export function AnswerForm({
  question,
  onAnswered,
}: {
  question: BudgetQuestion;
  onAnswered: (question: BudgetQuestion, corrected: boolean) => void;
}) {
  const answer = useAnswerQuestion(question.roundId, question.number);
  const [text, setText] = useState(question.answer?.text ?? '');
  const [errors, setErrors] = useState<FormErrors<'text'>>({});
  const [alert, setAlert] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const keyFor = useSendKey();
  const correcting = question.answer !== null;

  const failed = (found: FormErrors<'text'>, rest: unknown) => {
    setErrors(found);
    setAlert(rest);
    setAttempt((count) => count + 1);
  };
  const send = async () => {
    const checked = checkAnswerForm(text);
    if (checked.errors) {
      failed(checked.errors, null);
      return;
    }
    try {
      const answered = await answer.mutateAsync({
        text: checked.body.text,
        idempotencyKey: keyFor({ number: question.number, ...checked.body }),
      });
      setErrors({});
      setAlert(null);
      onAnswered(answered, correcting);
    } catch (error) {
      const placed = placeProblem(error, ['text'] as const);
      failed(placed.errors, placed.rest);
    }
  };
  return (
    <form
      className="answer-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <FormErrorSummary
        title="Ret følgende, før svaret kan gemmes"
        focusToken={attempt}
        entries={errors.text ? [{ id, label: 'Svar', message: errors.text }] : []}
      />
      <ProblemMessage error={alert} title="Svaret blev ikke gemt" />
      <div className="field">
        <label htmlFor={id}>
          {correcting ? 'Rettet svar' : 'Svar'}
          <Necessity required />
        </label>
        {correcting ? (
          <p id={`${id}-hint`} className="hint">
            Et nyt svar erstatter det nuværende; det erstattede gemmes.
          </p>
        ) : null}
        <textarea
          id={id}
          rows={8}
          value={text}
          aria-required
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={describedBy(correcting && `${id}-hint`, errors.text && `${id}-error`)}
          onChange={(event) => setText(event.target.value)}
        />
        <FieldError id={`${id}-error`} message={errors.text} />
      </div>
      <button type="submit" className="button-primary" disabled={answer.isPending}>
        {answer.isPending ? 'Gemmer …' : correcting ? 'Ret svaret' : 'Gem svaret'}
      </button>
    </form>
  );
}

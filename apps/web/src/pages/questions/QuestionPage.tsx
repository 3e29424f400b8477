import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../../api/client';
import { type BudgetQuestion, useQuestion } from '../../api/questions';
import { useSession } from '../../api/session';
import { paths } from '../../app/paths';
import { useRoundId } from '../../app/use-round-id';
import { Page } from '../../components/Page';
import { Loaded } from '../../components/Status';
import { AnswerForm } from './AnswerForm';
import { askedByText, heldBackCorrectionStatus, heldBackStatus } from './question-words';
import { QuestionStatus } from './QuestionStatus';
import './questions.css';

/**
 * One budget question (the notifications link here): what was asked, by whom and when, when the
 * answer is due, and the answer as the reader may see it; the administration answers or
 * corrects it here.
 */
export function QuestionPage() {
  const roundId = useRoundId();
  const { number = '' } = useParams();
  if (!/^[1-9]\d{0,8}$/.test(number)) return <MissingQuestion roundId={roundId} number={number} />;
  return <QuestionView key={`${roundId}/${number}`} roundId={roundId} number={Number(number)} />;
}

function MissingQuestion({ roundId, number }: { roundId: string; number: string }) {
  return (
    <Page title="Spørgsmålet findes ikke">
      <p>
        Der er intet budgetspørgsmål {number} i budgetrunden.{' '}
        <Link to={paths.questions(roundId)}>Gå til budgetspørgsmålene</Link>.
      </p>
    </Page>
  );
}

function QuestionView({ roundId, number }: { roundId: string; number: number }) {
  const question = useQuestion(roundId, number);
  const session = useSession();
  const [confirmation, setConfirmation] = useState('');
  const confirmationRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirmation) confirmationRef.current?.focus();
  }, [confirmation]);
  if (question.error instanceof ApiProblem && question.error.status === 404) {
    return <MissingQuestion roundId={roundId} number={String(number)} />;
  }
  const answers = session.data?.user.role === 'administration';
  return (
    <Page
      title={`Budgetspørgsmål ${number}`}
      actions={
        <Link className="button" to={paths.questions(roundId)}>
          Alle spørgsmål
        </Link>
      }
    >
      <div ref={confirmationRef} tabIndex={-1} role="status" className="confirmation-region">
        {confirmation ? <p className="alert alert-ok">{confirmation}</p> : null}
      </div>
      <Loaded query={question} what={`spørgsmål ${number}`}>
        {(data) => (
          <>
            <QuestionFacts question={data} />
            <section className="card section-card" aria-labelledby="spoergsmaalet">
              <h2 id="spoergsmaalet">Spørgsmålet</h2>
              <p className="question-full-text">{data.text}</p>
            </section>
            <section className="card section-card" aria-labelledby="svaret">
              <h2 id="svaret">Svar</h2>
              <AnswerShown question={data} />
              {answers ? (
                <>
                  <h3>{data.answer ? 'Ret svaret' : 'Besvar spørgsmålet'}</h3>
                  <AnswerForm
                    key={data.answer?.at ?? 'unanswered'}
                    question={data}
                    onAnswered={(answered, corrected) =>
                      setConfirmation(
                        corrected
                          ? `Svaret på spørgsmål ${answered.number} er rettet.`
                          : `Spørgsmål ${answered.number} er besvaret.`,
                      )
                    }
                  />
                </>
              ) : null}
            </section>
          </>
        )}
      </Loaded>
    </Page>
  );
}

function QuestionFacts({ question }: { question: BudgetQuestion }) {
  return (
    <dl className="facts">
      <dt>Stillet af</dt>
      <dd>{askedByText(question)}</dd>
      <dt>Stillet</dt>
      <dd>
        <time dateTime={question.askedAt}>{question.askedAtText}</time>
      </dd>
      <dt>Handler om</dt>
      <dd>
        {question.initiative ? (
          <Link to={paths.initiative(question.roundId, question.initiative)}>
            Forslag {question.initiative}
          </Link>
        ) : (
          'Budgettet generelt'
        )}
      </dd>
      <dt>Svarfrist</dt>
      <dd>
        <time dateTime={question.dueAt}>{question.dueText}</time>
      </dd>
      <dt>Status</dt>
      <dd>
        <QuestionStatus question={question} />
      </dd>
    </dl>
  );
}

/** The answer as the reader may see it, or why it is not shown yet. */
function AnswerShown({ question }: { question: BudgetQuestion }) {
  const notice = question.answerHeldBack ? (
    <div className="alert alert-info">
      <strong>{question.answer ? heldBackCorrectionStatus : heldBackStatus}.</strong>
      {question.heldBackNotice ? <p>{question.heldBackNotice}.</p> : null}
    </div>
  ) : null;
  if (!question.answer) {
    return (
      notice ?? (
        <p className="muted">
          Administrationen har ikke svaret endnu. Svarfristen er {question.dueText}.
        </p>
      )
    );
  }
  return (
    <>
      {notice}
      <blockquote className="question-answer">
        <p className="question-full-text">{question.answer.text}</p>
      </blockquote>
      <p className="muted">
        Besvaret af administrationen{' '}
        <time dateTime={question.answer.at}>{question.answer.atText}</time>
      </p>
    </>
  );
}

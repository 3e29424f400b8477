import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useQuestions } from '../../api/questions';
import { useRound } from '../../api/rounds';
import { useSession } from '../../api/session';
import { paths } from '../../app/paths';
import { useRoundId } from '../../app/use-round-id';
import { Page } from '../../components/Page';
import { Empty, Loading, ProblemMessage } from '../../components/Status';
import { AskQuestionForm } from './AskQuestionForm';
import { QuestionDeadlines } from './QuestionDeadlines';
import { QuestionFilters } from './QuestionFilters';
import { hasQuestionFilters, nextQuestionSort, questionFilterOf } from './question-params';
import { countsText } from './question-words';
import { QuestionsTable } from './QuestionsTable';
import { useQuestionInitiatives } from './use-question-initiatives';
import { useQuestionParams } from './use-question-params';
import './questions.css';

/**
 * "Budgetspørgsmål": the party groups' questions to the administration and where each stands,
 * the round's dates for them, and (for party groups, and coordinators on their behalf) the form
 * to ask one. The filters are kept in the address.
 */
export function QuestionsPage() {
  const roundId = useRoundId();
  const round = useRound(roundId);
  const session = useSession();
  const { params, update, reset } = useQuestionParams();
  const filter = useMemo(() => questionFilterOf(params), [params]);
  const list = useQuestions(roundId, filter);
  const initiatives = useQuestionInitiatives(roundId);
  const [confirmation, setConfirmation] = useState<ReactNode>(null);
  const confirmationRef = useRef<HTMLDivElement>(null);
  // The form stays, emptied; the news is the question's number and due date: it is read out.
  useEffect(() => {
    if (confirmation) confirmationRef.current?.focus();
  }, [confirmation]);
  const user = session.data?.user;
  const canAsk = user?.role === 'partyGroupMember' || user?.role === 'coordinator';
  return (
    <Page title={round.data ? `Budgetspørgsmål · ${round.data.name}` : 'Budgetspørgsmål'}>
      <div className="questions-top">
        <QuestionDeadlines roundId={roundId} />
        {user && canAsk ? (
          <section className="card section-card" aria-labelledby="stil-spoergsmaal">
            <h2 id="stil-spoergsmaal">Stil et spørgsmål</h2>
            <AskQuestionForm
              roundId={roundId}
              user={user}
              onAsked={(asked) =>
                setConfirmation(
                  <>
                    <Link to={paths.question(roundId, asked.number)}>Spørgsmål {asked.number}</Link>{' '}
                    er stillet. Administrationen skal svare senest {asked.dueText}.
                  </>,
                )
              }
            />
          </section>
        ) : null}
      </div>
      <div ref={confirmationRef} tabIndex={-1} role="status" className="confirmation-region">
        {confirmation ? <p className="alert alert-ok">{confirmation}</p> : null}
      </div>
      <section aria-labelledby="spoergsmaal-liste">
        <h2 id="spoergsmaal-liste">Budgetrundens spørgsmål</h2>
        <QuestionFilters
          params={params}
          initiatives={initiatives.items}
          onChange={update}
          onReset={reset}
        />
        <p className="questions-count" role="status">
          {list.data ? countsText(list.data.counts) : null}
        </p>
        {list.isPending ? (
          <Loading what="spørgsmålene" />
        ) : list.error || !list.data ? (
          <ProblemMessage error={list.error} title="Kunne ikke hente spørgsmålene" />
        ) : list.data.items.length === 0 ? (
          <Empty>
            {hasQuestionFilters(params)
              ? 'Ingen spørgsmål matcher filtrene.'
              : 'Der er endnu ikke stillet spørgsmål i budgetrunden.'}
          </Empty>
        ) : (
          <QuestionsTable
            roundId={roundId}
            questions={list.data.items}
            sort={params.sort}
            onSort={(key) => update({ sort: nextQuestionSort(params.sort, key) })}
            busy={list.isFetching}
          />
        )}
      </section>
    </Page>
  );
}

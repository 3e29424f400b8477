import { Link } from 'react-router';
import type { BudgetQuestion } from '../../api/questions';
import { paths } from '../../app/paths';
import { SortHeader } from '../support/SortHeader';
import {
  type QuestionSort,
  type QuestionSortKey,
  sortOrderOf,
  sortQuestions,
} from './question-params';
import { QuestionStatus } from './QuestionStatus';
import { shortened } from './question-words';

/**
 * The round's questions: who asked what about which initiative, when, when the answer is due,
 * and where it stands. Sorted by number or due date in the browser (the API lists them all).
 */
export function QuestionsTable({
  roundId,
  questions,
  sort,
  onSort,
  busy,
}: {
  roundId: string;
  questions: readonly BudgetQuestion[];
  sort: QuestionSort;
  onSort: (key: QuestionSortKey) => void;
  busy: boolean;
}) {
  return (
    <div className="table-scroll">
      <table className="questions-table" aria-busy={busy}>
        <caption className="visually-hidden">Budgetspørgsmål i runden</caption>
        <thead>
          <tr>
            <SortHeader order={sortOrderOf(sort, 'number')} onSort={() => onSort('number')}>
              Nr.
            </SortHeader>
            <th scope="col">Partigruppe</th>
            <th scope="col">Forslag</th>
            <th scope="col">Spørgsmål</th>
            <th scope="col">Stillet</th>
            <SortHeader order={sortOrderOf(sort, 'due')} onSort={() => onSort('due')}>
              Svarfrist
            </SortHeader>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {sortQuestions(questions, sort).map((question) => (
            <tr key={question.number}>
              <th scope="row">
                <Link
                  to={paths.question(roundId, question.number)}
                  aria-label={`Spørgsmål ${question.number}`}
                >
                  {question.number}
                </Link>
              </th>
              <td>{question.partyGroup}</td>
              <td>
                {question.initiative ? (
                  <Link to={paths.initiative(roundId, question.initiative)}>
                    {question.initiative}
                  </Link>
                ) : (
                  <span className="muted">Budgettet generelt</span>
                )}
              </td>
              <td className="question-text-cell">{shortened(question.text)}</td>
              <td>
                <time dateTime={question.askedAt}>{question.askedAtText}</time>
              </td>
              <td>
                <time dateTime={question.dueAt}>{question.dueText}</time>
              </td>
              <td>
                <QuestionStatus question={question} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { BudgetQuestion } from '../../api/questions';
import { questionStatusText } from './question-words';

const marks = { open: '○', answered: '✓', overdue: '!' } as const;

/**
 * Where a question stands, in words (the mark and colour only help the eye); an answer held
 * back for the reader is said to be coming to every party group at once.
 */
export function QuestionStatus({ question }: { question: BudgetQuestion }) {
  return (
    <span className="question-status">
      <span className={`badge question-state question-state-${question.state}`}>
        <span className="question-state-mark" aria-hidden="true">
          {marks[question.state]}
        </span>
        {questionStatusText(question)}
      </span>
      {question.answeredLate ? (
        <span className="badge late-mark">Besvaret efter svarfristen</span>
      ) : null}
    </span>
  );
}

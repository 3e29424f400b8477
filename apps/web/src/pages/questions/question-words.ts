import type { BudgetQuestion } from '../../api/questions';

// How a budget question is said in the list and on its page.

/** The list's status of a question whose answer the reader will see with every party group. */
export const heldBackStatus = 'Besvaret – offentliggøres for alle partigrupper samtidig';

/** A correction the reader will see later; the answer it corrects is shown meanwhile. */
export const heldBackCorrectionStatus =
  'Besvaret – det rettede svar offentliggøres for alle partigrupper samtidig';

/**
 * The question's text on one line, cut at a word before `most` characters with "…", so the list
 * stays readable; the page shows it whole.
 */
export function shortened(text: string, most = 120): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= most) return line;
  const cut = line.slice(0, most - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > most / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')} …`;
}

/** The state as the API words it, or that the answer comes to everyone at once. */
export function questionStatusText(
  question: Pick<BudgetQuestion, 'stateLabel' | 'answer' | 'answerHeldBack'>,
): string {
  if (!question.answerHeldBack) return question.stateLabel;
  return question.answer ? heldBackCorrectionStatus : heldBackStatus;
}

/** Who asked: the party group, and whether a coordinator put it in on its behalf. */
export function askedByText(question: Pick<BudgetQuestion, 'partyGroup' | 'askedByRole'>): string {
  return question.askedByRole === 'coordinator'
    ? `${question.partyGroup} (stillet af en koordinator på partigruppens vegne)`
    : question.partyGroup;
}

/** The counts of the whole round, as one line: "2 afventer svar, 3 besvaret, 1 overskredet". */
export function countsText(counts: { open: number; answered: number; overdue: number }): string {
  const total = counts.open + counts.answered + counts.overdue;
  if (total === 0) return 'Der er endnu ingen budgetspørgsmål i budgetrunden.';
  const asked = total === 1 ? '1 spørgsmål' : `${total} spørgsmål`;
  return (
    `Budgetrunden har ${asked}: ${counts.open} afventer svar, ${counts.answered} besvaret, ` +
    `${counts.overdue} med overskredet svarfrist.`
  );
}

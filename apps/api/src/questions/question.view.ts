import {
  type Actor,
  answerAsSeenBy,
  formatDanishDateTime,
  heldBackNotice,
  type Publication,
  questionStateLabels,
  questionStatus,
} from '@budgetflow/domain';
import type { ProjectedQuestion } from '@budgetflow/persistence';

/**
 * A budget question as the API shows it to this reader: the answer only as fair publication
 * lets them see it (with `answerHeldBack` when it waits for the round's release), dates in
 * Danish beside the instants.
 */
export function questionView(
  question: ProjectedQuestion,
  actor: Pick<Actor, 'role'>,
  publication: Publication,
  now: string,
) {
  const { state, answeredLate } = questionStatus(question, question.dueAt, now);
  const { answer, answerHeldBack } = answerAsSeenBy(question, actor, publication);
  return {
    roundId: question.roundId,
    number: question.number,
    partyGroup: question.partyGroup,
    askedBy: question.askedBy,
    askedByRole: question.askedByRole,
    initiative: question.initiative,
    text: question.text,
    askedAt: question.askedAt,
    askedAtText: formatDanishDateTime(question.askedAt),
    dueAt: question.dueAt,
    dueText: formatDanishDateTime(question.dueAt),
    state,
    stateLabel: questionStateLabels[state],
    answeredLate,
    answer: answer ? { ...answer, atText: formatDanishDateTime(answer.at) } : null,
    answerHeldBack,
    ...(answerHeldBack ? { heldBackNotice } : {}),
  };
}

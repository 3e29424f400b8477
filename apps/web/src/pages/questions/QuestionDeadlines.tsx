import { useCalendar } from '../../api/rounds';
import type { Milestone } from '../../api/types';
import { Loaded } from '../../components/Status';
import { useNow } from '../board/use-now';

/**
 * The round's two dates for questions, from its calendar: until when the parties ask, and when
 * the administration's answers are due. Without them, the answer is due some working days after
 * a question is asked (each question shows its own due date).
 */
export function QuestionDeadlines({ roundId }: { roundId: string }) {
  const calendar = useCalendar(roundId);
  const now = useNow();
  return (
    <section className="card section-card question-deadlines" aria-labelledby="spoergsmaal-frister">
      <h2 id="spoergsmaal-frister">Frister</h2>
      <Loaded query={calendar} what="kalenderen">
        {(data) => {
          const asking = data.milestones.find((one) => one.kind === 'questionDeadline');
          const answering = data.milestones.find((one) => one.kind === 'answerDeadline');
          return (
            <>
              <dl className="facts">
                <dt>Frist for budgetspørgsmål</dt>
                <dd>
                  <DeadlineText milestone={asking} now={now} />
                </dd>
                <dt>Frist for svar</dt>
                <dd>
                  <DeadlineText milestone={answering} now={now} />
                </dd>
              </dl>
              {answering ? null : (
                <p className="hint">
                  Uden en svarfrist i kalenderen skal hvert spørgsmål besvares et antal arbejdsdage
                  efter, at det er stillet; svarfristen står ved spørgsmålet.
                </p>
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}

function DeadlineText({ milestone, now }: { milestone: Milestone | undefined; now: number }) {
  if (!milestone) return <span className="muted">Ikke fastsat i kalenderen</span>;
  const passed = Date.parse(milestone.at) < now;
  return (
    <>
      <time dateTime={milestone.at}>{milestone.atText}</time>
      {passed ? <span className="badge late-mark">Overskredet</span> : null}
    </>
  );
}

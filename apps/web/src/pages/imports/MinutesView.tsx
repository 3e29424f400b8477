import { formatMioKr } from '@budgetflow/domain';
import { Link } from 'react-router';
import type { MeetingMinutes } from '../../api/imports';
import { paths } from '../../app/paths';
import { dateTime, localDate } from '../../format';
import { fieldLabel } from '../../components/Status';

/** "kl. 15.00-17.30" of the minutes' times. */
function timeText(time: string | null, endTime: string | null): string {
  if (!time) return '';
  const dotted = (value: string) => value.replace(':', '.');
  return endTime ? `kl. ${dotted(time)}-${dotted(endTime)}` : `kl. ${dotted(time)}`;
}

/**
 * One attached minutes: the meeting as its minutes record it, each agenda item with its
 * decision, the amounts decided and the initiatives it concerns (as the reader may see them).
 */
export function MinutesView({
  minutes,
  headingId,
}: {
  minutes: MeetingMinutes;
  headingId: string;
}) {
  const when = [
    minutes.date ? localDate(minutes.date) : '',
    timeText(minutes.time, minutes.endTime),
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <section aria-labelledby={headingId} className="minutes">
      <h2 id={headingId}>
        Referat{minutes.title ? `: ${minutes.title}` : ''}
        {when ? `, ${when}` : ''}
      </h2>
      <dl className="facts">
        {minutes.place ? (
          <>
            <dt>Sted</dt>
            <dd>{minutes.place}</dd>
          </>
        ) : null}
        {minutes.participants.length > 0 ? (
          <>
            <dt>Deltagere</dt>
            <dd>{minutes.participants.join(', ')}</dd>
          </>
        ) : null}
        {minutes.absent.length > 0 ? (
          <>
            <dt>Afbud</dt>
            <dd>{minutes.absent.join(', ')}</dd>
          </>
        ) : null}
        <dt>Vedhæftet</dt>
        <dd>
          {dateTime(minutes.attachedAt)} af {minutes.attachedBy.name ?? minutes.attachedBy.id} (
          {minutes.fileName})
        </dd>
      </dl>
      <ol className="minutes-items">
        {minutes.items.map((item) => (
          <li key={item.number} className="card minutes-item">
            <h3>
              Punkt {item.number}: {item.title}
            </h3>
            {item.time ? <p className="muted">{timeText(item.time, item.endTime)}</p> : null}
            <p className="minutes-decision">
              <strong>Beslutning:</strong>{' '}
              {item.decision || <span className="muted">Referatet har ingen beslutning.</span>}
            </p>
            {item.amounts.length > 0 ? (
              <>
                <h4>Besluttede beløb</h4>
                <ul>
                  {item.amounts.map((amount) => (
                    <li key={amount.text}>
                      {formatMioKr(amount.kroner)}
                      {amount.perYear ? ' årligt' : ''}
                      {amount.year !== null ? ` i ${amount.year}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {item.initiatives.length > 0 ? (
              <>
                <h4>Forslag</h4>
                <ul>
                  {item.initiatives.map((initiative) => (
                    <li key={initiative.number}>
                      <Link to={paths.initiative(minutes.roundId, initiative.number)}>
                        Forslag {initiative.number}: {initiative.title}
                      </Link>{' '}
                      <span className={`badge state-${initiative.state}`}>
                        {initiative.stateLabel}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      {minutes.warnings.length > 0 ? (
        <div className="alert alert-warn">
          <h3>Læst med forbehold</h3>
          <ul>
            {minutes.warnings.map((warning) => (
              <li key={`${warning.field}:${warning.message}`}>
                {fieldLabel(warning.field)}: {warning.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

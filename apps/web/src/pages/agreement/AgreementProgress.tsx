import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import type { Agreement } from '../../api/agreement';
import { paths } from '../../app/paths';
import { dateTime } from '../../format';
import {
  agreementInitiatives,
  type InitiativeProgressStatus,
  outcomeCounts,
  progressText,
} from './agreement-words';

const marks: Record<InitiativeProgressStatus, string> = {
  waiting: '…',
  running: '…',
  done: '✓',
  refused: '!',
};

/**
 * The round's agreement: how far it has come while its steps are taken (the page reads it
 * again meanwhile), and once concluded, what it did to each initiative.
 */
export function AgreementProgress({
  roundId,
  agreement,
}: {
  roundId: string;
  agreement: Agreement;
}) {
  const client = useQueryClient();
  const concluded = agreement.state === 'concluded';
  // The agreement has moved the initiatives: every view of them is read anew.
  useEffect(() => {
    if (concluded) void client.invalidateQueries({ queryKey: ['initiatives'] });
  }, [client, concluded]);
  const initiatives = agreementInitiatives(agreement);
  const counts = outcomeCounts(initiatives);
  const { progress } = agreement;
  return (
    <>
      <div className={`alert ${concluded ? 'alert-ok' : 'alert-info'} agreement-state`}>
        <strong>
          <span className="agreement-mark" aria-hidden="true">
            {concluded ? '✓' : '…'}
          </span>
          {agreement.stateLabel}
        </strong>
      </div>
      <dl className="facts">
        <dt>Pakke</dt>
        <dd>
          <Link to={paths.package(roundId, agreement.package.id, agreement.package.version)}>
            {agreement.package.label}
          </Link>
        </dd>
        <dt>Sat i gang</dt>
        <dd>
          {dateTime(agreement.startedAt)}
          {agreement.startedBy.name ? ` af ${agreement.startedBy.name}` : ''}
        </dd>
        <dt>Indgået</dt>
        <dd>{agreement.concludedAt ? dateTime(agreement.concludedAt) : 'Endnu ikke'}</dd>
        <dt>Optaget</dt>
        <dd>{counts.included} forslag</dd>
        <dt>Afvist</dt>
        <dd>{counts.rejected} forslag</dd>
        {counts.refused > 0 ? (
          <>
            <dt>Ikke udført</dt>
            <dd>{counts.refused} forslag</dd>
          </>
        ) : null}
      </dl>
      <div className="agreement-progress">
        <p id="aftale-fremdrift" role="status">
          {progressText(progress)}
        </p>
        <progress
          aria-labelledby="aftale-fremdrift"
          max={Math.max(progress.planned, 1)}
          value={progress.done}
        />
      </div>
      {counts.refused > 0 ? (
        <p className="alert alert-warn">
          Nogle forslag kunne ikke flyttes af budgetaftalen; begrundelsen står ved forslaget.
        </p>
      ) : null}
      <section aria-labelledby="aftale-forslagene">
        <h2 id="aftale-forslagene">Forslagene i budgetaftalen</h2>
        <div className="table-scroll">
          <table className="agreement-steps">
            <caption>Hvad budgetaftalen gør med forslagene</caption>
            <thead>
              <tr>
                <th scope="col">Forslag</th>
                <th scope="col">Budgetaftalen</th>
                <th scope="col">Status</th>
                <th scope="col">Tidspunkt</th>
              </tr>
            </thead>
            <tbody>
              {initiatives.map((one) => (
                <tr key={one.number}>
                  <th scope="row">
                    <Link to={paths.initiative(roundId, one.number)}>
                      <span className="agreement-number">{one.number}</span> {one.title}
                    </Link>
                  </th>
                  <td>{one.action}</td>
                  <td>
                    <span className={`agreement-status agreement-status-${one.status}`}>
                      <span className="agreement-mark" aria-hidden="true">
                        {marks[one.status]}
                      </span>
                      {one.statusText}
                    </span>
                  </td>
                  <td>{one.at ? dateTime(one.at) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { AgreementPreview, AgreementPreviewEntry } from '../../api/agreement';
import { paths } from '../../app/paths';
import { StateBadge } from '../../components/StateBadge';
import { decimal } from '../../format';
import { BalanceTable } from '../packages/BalanceTable';
import { BalanceVerdict } from '../packages/BalanceVerdict';
import { adjustmentParts } from '../packages/package-words';
import { previewAction } from './agreement-words';

const marks = { included: '✓', rejected: '✗', unchanged: '–' } as const;

/**
 * What concluding the agreement with this package version would do, as the API plans it:
 * initiative by initiative, the agreed amounts, the totals per year and financing area against
 * the frames (each area on its own), and what stands in the way.
 */
export function AgreementPreviewView({
  roundId,
  preview,
  conclude,
}: {
  roundId: string;
  preview: AgreementPreview;
  /** The way to conclude, when it can be. */
  conclude: ReactNode;
}) {
  const inPackage = preview.initiatives.filter((entry) => entry.inPackage);
  const others = preview.initiatives.filter((entry) => !entry.inPackage);
  const { package: pkg, counts } = preview;
  return (
    <section className="agreement-preview" aria-labelledby="aftale-forslag">
      <h2 id="aftale-forslag">Budgetaftalen med {pkg.label}</h2>
      <dl className="facts">
        <dt>Pakke</dt>
        <dd>
          <Link to={paths.package(roundId, pkg.id, pkg.version)}>{pkg.label}</Link>
          {pkg.version === pkg.latestVersion ? (
            <span className="muted">(seneste version)</span>
          ) : (
            <span className="muted">(den seneste er version {pkg.latestVersion})</span>
          )}
        </dd>
        <dt>Optages</dt>
        <dd>{counts.included} forslag</dd>
        <dt>Afvises</dt>
        <dd>{counts.rejected} forslag</dd>
        <dt>Uændrede</dt>
        <dd>{counts.unchanged} forslag</dd>
        <dt>Balance</dt>
        <dd>
          <BalanceVerdict
            withinFrames={preview.balance.withinFrames}
            label={preview.balance.label}
          />
        </dd>
      </dl>
      {preview.problems.length > 0 ? (
        <div className="alert alert-error agreement-problems">
          <h3>Budgetaftalen kan ikke indgås med denne pakke</h3>
          <ul>
            {preview.problems.map((problem) => (
              <li key={`${problem.field}:${problem.message}`}>{problem.message}</li>
            ))}
          </ul>
        </div>
      ) : (
        conclude
      )}
      <PackageEntries roundId={roundId} entries={inPackage} preview={preview} />
      {others.length > 0 ? <OtherEntries roundId={roundId} entries={others} /> : null}
      <BalanceTable
        balance={preview.balance}
        totals={preview.totals}
        caption="Budgetaftalen pr. finansieringskasse og år mod rammerne (mio. kr.)"
      />
    </section>
  );
}

function InitiativeHeader({ roundId, entry }: { roundId: string; entry: AgreementPreviewEntry }) {
  return (
    <th scope="row">
      <Link to={paths.initiative(roundId, entry.number)}>
        <span className="agreement-number">{entry.number}</span> {entry.title}
      </Link>
    </th>
  );
}

function Action({ entry }: { entry: AgreementPreviewEntry }) {
  return (
    <span className={`agreement-action agreement-${entry.outcome}`}>
      <span className="agreement-mark" aria-hidden="true">
        {marks[entry.outcome]}
      </span>
      {previewAction(entry)}
    </span>
  );
}

/** The package's initiatives, each with what happens to it and the amounts it is agreed with. */
function PackageEntries({
  roundId,
  entries,
  preview,
}: {
  roundId: string;
  entries: readonly AgreementPreviewEntry[];
  preview: AgreementPreview;
}) {
  const years = preview.totals.years.map((one) => one.year);
  return (
    <div className="table-scroll">
      <table className="agreement-entries">
        <caption>Forslagene i pakken med den aftalte økonomi (mio. kr.)</caption>
        <thead>
          <tr>
            <th scope="col">Forslag</th>
            <th scope="col">Tilstand nu</th>
            <th scope="col">Hvad sker der</th>
            <th scope="col">Tilpasning</th>
            {years.map((year) => (
              <th scope="col" key={year} className="num">
                {year}
              </th>
            ))}
            <th scope="col" className="num">
              I alt
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const parts = adjustmentParts(entry.adjustment);
            return (
              <tr key={entry.number}>
                <InitiativeHeader roundId={roundId} entry={entry} />
                <td>
                  <StateBadge state={entry.state} label={entry.stateLabel} />
                </td>
                <td>
                  <Action entry={entry} />
                </td>
                <td>
                  {parts.length === 0 ? (
                    <span className="muted">Som forslaget er</span>
                  ) : (
                    <ul className="adjustment-parts">
                      {parts.map((part) => (
                        <li key={part}>{part}</li>
                      ))}
                    </ul>
                  )}
                </td>
                {years.map((year) => {
                  const amount = entry.agreed?.years.find((one) => one.year === year)?.amount;
                  return (
                    <td key={year} className="num">
                      {amount ? decimal(amount.mioKr) : '–'}
                    </td>
                  );
                })}
                <td className="num">{entry.agreed ? decimal(entry.agreed.total.mioKr) : '–'}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="total">
            <th scope="row" colSpan={4}>
              Budgetaftalen i alt
            </th>
            {preview.totals.years.map((one) => (
              <td key={one.year} className="num">
                {decimal(one.total.mioKr)}
              </td>
            ))}
            <td className="num">{decimal(preview.totals.total.mioKr)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The round's initiatives outside the package: rejected while open, else left as they are. */
function OtherEntries({
  roundId,
  entries,
}: {
  roundId: string;
  entries: readonly AgreementPreviewEntry[];
}) {
  return (
    <div className="table-scroll">
      <table className="agreement-entries">
        <caption>Budgetrundens øvrige forslag</caption>
        <thead>
          <tr>
            <th scope="col">Forslag</th>
            <th scope="col">Tilstand nu</th>
            <th scope="col">Hvad sker der</th>
            <th scope="col" className="num">
              Tæller nu
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.number}>
              <InitiativeHeader roundId={roundId} entry={entry} />
              <td>
                <StateBadge state={entry.state} label={entry.stateLabel} />
              </td>
              <td>
                <Action entry={entry} />
              </td>
              <td className="num">{entry.current.total.formatted}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

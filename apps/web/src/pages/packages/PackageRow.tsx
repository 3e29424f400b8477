import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { usePackage } from '../../api/packages';
import type { PackageSummary } from '../../api/types';
import { paths } from '../../app/paths';
import { date } from '../../format';
import { MajorityText } from '../support/MajorityText';
import { BalanceVerdict } from './BalanceVerdict';

/**
 * One package of the list. The list names the packages; what each counts, its balance and who
 * backs it are the package's own answer, read for each row.
 */
export function PackageRow({ roundId, summary }: { roundId: string; summary: PackageSummary }) {
  const details = usePackage(roundId, summary.id);
  const pending = <span className="muted">Henter …</span>;
  const failed = <span className="field-error">Kunne ikke hentes</span>;
  const show = (content: (pkg: NonNullable<typeof details.data>) => ReactNode) =>
    details.data ? content(details.data) : details.error ? failed : pending;
  return (
    <tr>
      <th scope="row">
        <Link to={paths.package(roundId, summary.id)}>{summary.name}</Link>
      </th>
      <td className="num">{summary.version}</td>
      <td className="num">{summary.itemCount}</td>
      <td className="num">{show((pkg) => pkg.totals.total.formatted)}</td>
      <td>
        {show((pkg) => (
          <BalanceVerdict withinFrames={pkg.balance.withinFrames} label={pkg.balance.label} />
        ))}
      </td>
      <td>
        {show((pkg) => (
          <MajorityText majority={pkg.backing.majority} />
        ))}
      </td>
      <td>
        {date(summary.savedAt)}
        {summary.savedBy.name ? <span className="muted"> af {summary.savedBy.name}</span> : null}
      </td>
    </tr>
  );
}

import type { PackageComparison } from '../../api/types';
import { MajorityText } from '../support/MajorityText';
import { BalanceVerdict } from './BalanceVerdict';

type Compared = PackageComparison['packages'][number];

/** The two packages' key figures in two columns: version, initiatives, total, balance, backing. */
export function CompareOverview({ first, second }: { first: Compared; second: Compared }) {
  const both = [first, second];
  return (
    <div className="table-scroll">
      <table className="compare-overview">
        <caption className="visually-hidden">De to pakker i overblik</caption>
        <thead>
          <tr>
            <td />
            {both.map((pkg) => (
              <th scope="col" key={pkg.id}>
                {pkg.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Version</th>
            {both.map((pkg) => (
              <td key={pkg.id}>{pkg.version}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Forslag</th>
            {both.map((pkg) => (
              <td key={pkg.id}>{pkg.items.length}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">I alt</th>
            {both.map((pkg) => (
              <td key={pkg.id}>{pkg.totals.total.formatted}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Balance</th>
            {both.map((pkg) => (
              <td key={pkg.id}>
                <BalanceVerdict withinFrames={pkg.balance.withinFrames} label={pkg.balance.label} />
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Opbakning</th>
            {both.map((pkg) => (
              <td key={pkg.id}>
                <MajorityText majority={pkg.backing.majority} />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

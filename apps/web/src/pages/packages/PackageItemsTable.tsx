import { Link } from 'react-router';
import type { PackageItem, PackageTotals } from '../../api/types';
import { paths } from '../../app/paths';
import { StateBadge } from '../../components/StateBadge';
import { decimal } from '../../format';
import { adjustmentParts } from './package-words';

/** The initiatives of a package, each as the package takes it, with what it counts per year. */
export function PackageItemsTable({
  roundId,
  items,
  totals,
}: {
  roundId: string;
  items: readonly PackageItem[];
  totals: PackageTotals;
}) {
  const years = totals.years.map((one) => one.year);
  return (
    <div className="table-scroll">
      <table className="package-items">
        <caption>Forslag i pakken (mio. kr.)</caption>
        <thead>
          <tr>
            <th scope="col">Forslag</th>
            <th scope="col">Tilstand</th>
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
          {items.map((item) => (
            <ItemRow key={item.number} roundId={roundId} item={item} />
          ))}
        </tbody>
        <tfoot>
          <tr className="total">
            <th scope="row" colSpan={3}>
              Pakken i alt
            </th>
            {totals.years.map((one) => (
              <td key={one.year} className="num">
                {decimal(one.total.mioKr)}
              </td>
            ))}
            <td className="num">{decimal(totals.total.mioKr)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function ItemRow({ roundId, item }: { roundId: string; item: PackageItem }) {
  const parts = adjustmentParts(item.adjustment);
  return (
    <tr>
      <th scope="row">
        <Link to={paths.initiative(roundId, item.number)}>
          <span className="package-number">{item.number}</span> {item.title}
        </Link>
      </th>
      <td>
        <StateBadge state={item.state} label={item.stateLabel} />
        {item.counts ? null : <span className="package-not-counted">Tæller ikke med</span>}
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
      {item.years.map((one) => (
        <td key={one.year} className="num">
          {decimal(one.amount.mioKr)}
        </td>
      ))}
      <td className="num">{decimal(item.total.mioKr)}</td>
    </tr>
  );
}

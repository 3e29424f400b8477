import type { PackageBalance, PackageTotals } from '../../api/types';
import { decimal } from '../../format';
import { BalanceVerdict } from './BalanceVerdict';

type AreaBalance = PackageBalance['areas'][number];
type BalanceCell = AreaBalance['years'][number];

/**
 * A package against the round's frames: each financing area (rows) year by year (columns), with
 * what is left or how much it is over, and the area's verdict. Each area stands on its own, so
 * the sum row gives the amounts only: no sum of frames across areas is ever made.
 */
export function BalanceTable({
  balance,
  totals,
  caption,
}: {
  balance: PackageBalance;
  totals: PackageTotals;
  caption: string;
}) {
  const years = totals.years.map((one) => one.year);
  return (
    <div className="table-scroll">
      <table className="balance-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Finansieringskasse</th>
            {years.map((year) => (
              <th scope="col" key={year} className="num">
                {year}
              </th>
            ))}
            <th scope="col">Samlet</th>
          </tr>
        </thead>
        <tbody>
          {balance.areas.map((area) => (
            <tr key={area.area}>
              <th scope="row">{area.areaLabel}</th>
              {area.years.map((cell) => (
                <td key={cell.year} className="num balance-cell">
                  <CellContent cell={cell} />
                </td>
              ))}
              <td>
                <BalanceVerdict withinFrames={area.withinFrames} label={area.label} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="total">
            <th scope="row">I alt</th>
            {totals.years.map((one) => (
              <td key={one.year} className="num">
                {decimal(one.total.mioKr)}
              </td>
            ))}
            <td>{totals.total.formatted}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The amount, the frame it is held against, and the remainder or the excess in words. */
function CellContent({ cell }: { cell: BalanceCell }) {
  const amount = decimal(cell.amount.mioKr);
  if (cell.status === 'noFrame' || !cell.frame) {
    return (
      <>
        <span>{amount}</span>
        <span className="muted">Ingen ramme</span>
      </>
    );
  }
  return (
    <>
      <span>
        {amount} <span className="muted">af {decimal(cell.frame.mioKr)}</span>
      </span>
      <span className={cell.status === 'exceeded' ? 'frame-over' : 'frame-remainder'}>
        {cell.label}
      </span>
    </>
  );
}

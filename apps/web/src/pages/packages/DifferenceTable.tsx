import type { PackageComparison } from '../../api/types';
import { signedAmount } from './package-words';

type Compared = PackageComparison['packages'][number];

/**
 * The two packages year by year and area by area, and the second less the first, as the API
 * computes it; each year's total first, then its financing areas.
 */
export function DifferenceTable({
  first,
  second,
  difference,
}: {
  first: Compared;
  second: Compared;
  difference: PackageComparison['difference'];
}) {
  return (
    <div className="table-scroll">
      <table className="difference-table">
        <caption>
          {second.name} sammenlignet med {first.name}: forskellen er {second.name} minus{' '}
          {first.name}
        </caption>
        <thead>
          <tr>
            <th scope="col">År</th>
            <th scope="col">Finansieringskasse</th>
            <th scope="col" className="num">
              {first.name}
            </th>
            <th scope="col" className="num">
              {second.name}
            </th>
            <th scope="col" className="num">
              Forskel
            </th>
          </tr>
        </thead>
        {difference.years.map((year) => (
          <tbody key={year.year}>
            <tr className="difference-year">
              <th scope="rowgroup" rowSpan={year.areas.length + 1}>
                {year.year}
              </th>
              <th scope="row">I alt</th>
              <td className="num">{year.total.first.formatted}</td>
              <td className="num">{year.total.second.formatted}</td>
              <td className="num">{signedAmount(year.total.difference)}</td>
            </tr>
            {year.areas.map((area) => (
              <tr key={area.area}>
                <th scope="row">{area.areaLabel}</th>
                <td className="num">{area.first.formatted}</td>
                <td className="num">{area.second.formatted}</td>
                <td className="num">{signedAmount(area.difference)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

import { financingAreas } from '@budgetflow/domain';
import { type InitiativeFilter, useTotals } from '../../api/initiatives';
import type { Totals } from '../../api/types';
import { decimal } from '../../format';
import { Loading, ProblemMessage } from '../../components/Status';

type AreaKey = Totals['years'][number]['areas'][number]['area'];

const areaOrder: readonly AreaKey[] = [...financingAreas, 'unassigned'];

/** Kroner (whole) to the table's mio. kr. with one decimal. */
const cell = (kroner: number) => decimal(kroner / 1_000_000);

/**
 * What the shown initiatives cost per year, per financing area and in all: the same filter as
 * the list, summed exactly by the API (kroner), so the figures match the board's.
 */
export function ListTotals({ filter }: { filter: InitiativeFilter }) {
  const totals = useTotals(filter);
  if (totals.isPending) return <Loading what="beløbene" />;
  if (totals.error || !totals.data)
    return <ProblemMessage error={totals.error} title="Kunne ikke hente beløbene" />;
  const { years, total } = totals.data;
  if (years.length === 0) return null;
  const areas = areaOrder.flatMap((area) => {
    const label = years.flatMap((year) => year.areas).find((one) => one.area === area)?.areaLabel;
    return label ? [{ area, label }] : [];
  });
  const areaKroner = (area: AreaKey, year: Totals['years'][number]) =>
    year.areas.find((one) => one.area === area)?.kroner ?? 0;
  return (
    <div className="table-scroll">
      <table className="economy initiatives-totals" aria-busy={totals.isFetching}>
        <caption>Beløb for de viste forslag (mio. kr.)</caption>
        <thead>
          <tr>
            <th scope="col">Finansieringsområde</th>
            {years.map((year) => (
              <th scope="col" key={year.year} className="num">
                {year.year}
              </th>
            ))}
            <th scope="col" className="num">
              I alt
            </th>
          </tr>
        </thead>
        <tbody>
          {areas.map(({ area, label }) => (
            <tr key={area}>
              <th scope="row">{label}</th>
              {years.map((year) => (
                <td key={year.year} className="num">
                  {cell(areaKroner(area, year))}
                </td>
              ))}
              <td className="num">
                {cell(years.reduce((sum, year) => sum + areaKroner(area, year), 0))}
              </td>
            </tr>
          ))}
          <tr className="total">
            <th scope="row">I alt</th>
            {years.map((year) => (
              <td key={year.year} className="num">
                {cell(year.total.kroner)}
              </td>
            ))}
            <td className="num">{cell(total.kroner)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

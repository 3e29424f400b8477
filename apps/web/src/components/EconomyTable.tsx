import type { EconomyView } from '../api/types';
import { decimal } from '../format';

export const economyRows = [
  { key: 'establishmentCosts', label: 'Etableringsomkostninger' },
  { key: 'salaries', label: 'Løn' },
  { key: 'otherOperations', label: 'Øvrig drift' },
] as const;

/** The form's economy table: years as columns, mio. kr. with one decimal, the total, then FTE. */
export function EconomyTable({ economy, caption }: { economy: EconomyView; caption: string }) {
  const cell = (values: Readonly<Record<string, number>>, year: number) => {
    const value = values[String(year)];
    return value === undefined ? '–' : decimal(value);
  };
  return (
    <div className="table-scroll">
      <table className="economy">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Mio. kr. (løbende priser)</th>
            {economy.years.map((year) => (
              <th scope="col" key={year} className="num">
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {economyRows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {economy.years.map((year) => (
                <td key={year} className="num">
                  {cell(economy[row.key], year)}
                </td>
              ))}
            </tr>
          ))}
          <tr className="total">
            <th scope="row">I alt</th>
            {economy.years.map((year) => (
              <td key={year} className="num">
                {cell(economy.total, year)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Årsværk</th>
            {economy.years.map((year) => (
              <td key={year} className="num">
                {cell(economy.staffFte, year)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

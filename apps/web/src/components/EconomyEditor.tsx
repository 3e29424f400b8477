import { decimal } from '../format';
import { type EconomyDraft, economyDraftRows, economyDraftTotal } from './economy-draft';
import { economyRows } from './EconomyTable';

// The economy table of the form to fill in; what it reads and checks is in economy-draft.ts.
export { type EconomyDraft, economyDraftOf, parseEconomyDraft } from './economy-draft';

type AmountRow = (typeof economyRows)[number]['key'];

const rowLabels: Record<AmountRow | 'staffFte', string> = {
  ...(Object.fromEntries(economyRows.map((row) => [row.key, row.label])) as Record<
    AmountRow,
    string
  >),
  staffFte: 'Årsværk',
};

/** The economy table to fill in: years as columns, the amount rows, "I alt" live, then FTE. */
export function EconomyEditor({
  years,
  value,
  onChange,
  errors = {},
  caption,
  idPrefix,
}: {
  years: readonly number[];
  value: EconomyDraft;
  onChange: (next: EconomyDraft) => void;
  errors?: Record<string, string>;
  caption: string;
  idPrefix: string;
}) {
  const cellId = (row: string, year: number) => `${idPrefix}-${row}-${year}`;
  const errorId = (row: string, year: number) => `${cellId(row, year)}-error`;
  const setCell = (row: keyof EconomyDraft, year: number, text: string) =>
    onChange({ ...value, [row]: { ...value[row], [String(year)]: text } });

  const input = (row: keyof EconomyDraft, year: number) => {
    const message = errors[`${row}.${year}`];
    return (
      <td key={year} className="num">
        <input
          id={cellId(row, year)}
          className="economy-cell"
          inputMode="decimal"
          autoComplete="off"
          aria-label={`${rowLabels[row]} ${year}`}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? errorId(row, year) : undefined}
          value={value[row][String(year)] ?? ''}
          onChange={(event) => setCell(row, year, event.target.value)}
        />
      </td>
    );
  };

  const cellErrors = economyDraftRows.flatMap((row) =>
    years.flatMap((year) => {
      const message = errors[`${row}.${year}`];
      return message ? [{ row, year, message }] : [];
    }),
  );

  return (
    <div className="economy-editor">
      <div className="table-scroll">
        <table className="economy">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Mio. kr. (løbende priser)</th>
              {years.map((year) => (
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
                {years.map((year) => input(row.key, year))}
              </tr>
            ))}
            <tr className="total">
              <th scope="row">I alt</th>
              {years.map((year) => {
                const total = economyDraftTotal(value, year);
                return (
                  <td key={year} className="num">
                    {total === null ? (
                      <span title="Rettes når beløbene i kolonnen er gyldige">–</span>
                    ) : (
                      decimal(total / 1_000_000)
                    )}
                  </td>
                );
              })}
            </tr>
            <tr>
              <th scope="row">Årsværk</th>
              {years.map((year) => input('staffFte', year))}
            </tr>
          </tbody>
        </table>
      </div>
      <p className="hint">
        Beløb i mio. kr. med højst én decimal, fx 0,3 eller 1.234,5; en besparelse skrives med
        minus, fx -0,5. Tomme felter tæller som 0.
      </p>
      {cellErrors.length > 0 ? (
        <ul className="economy-errors">
          {cellErrors.map(({ row, year, message }) => (
            <li key={`${row}.${year}`} id={errorId(row, year)} className="field-error">
              <a href={`#${cellId(row, year)}`}>
                {rowLabels[row]} {year}
              </a>
              : {message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

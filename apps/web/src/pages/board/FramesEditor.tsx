import { financingAreaLabels, financingAreas } from '@budgetflow/domain';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { type FramesDraft, frameCellLabel } from './frames-draft';

/** What the frames' form holds: the cells as typed. */
export interface FramesValues {
  cells: FramesDraft;
}

/**
 * The frames to fill in: financing areas as rows and the round's years as columns, as the board's
 * table shows them. Each cell is named for screen readers ("Ramme for Sundhedskassen 2027"), and
 * its error is linked to it and listed below the table with a link to the cell.
 */
export function FramesEditor({
  years,
  register,
  errors,
  idPrefix,
}: {
  years: readonly number[];
  register: UseFormRegister<FramesValues>;
  errors: FieldErrors<FramesValues>;
  idPrefix: string;
}) {
  const cellId = (area: string, year: number) => `${idPrefix}-${area}-${year}`;
  const errorId = (area: string, year: number) => `${cellId(area, year)}-error`;
  const messageOf = (area: keyof FramesDraft, index: number) =>
    errors.cells?.[area]?.[index]?.message;
  const cellErrors = financingAreas.flatMap((area) =>
    years.flatMap((year, index) => {
      const message = messageOf(area, index);
      return message ? [{ area, year, message }] : [];
    }),
  );
  return (
    <div className="economy-editor">
      <div className="table-scroll">
        <table className="economy">
          <caption>Rammer pr. år (mio. kr.)</caption>
          <thead>
            <tr>
              <th scope="col">Finansieringskasse</th>
              {years.map((year) => (
                <th scope="col" key={year} className="num">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {financingAreas.map((area) => (
              <tr key={area}>
                <th scope="row">{financingAreaLabels[area]}</th>
                {years.map((year, index) => {
                  const message = messageOf(area, index);
                  return (
                    <td key={year} className="num">
                      <input
                        id={cellId(area, year)}
                        className="economy-cell"
                        inputMode="decimal"
                        autoComplete="off"
                        aria-label={`Ramme for ${frameCellLabel(area, year)}`}
                        aria-invalid={message ? true : undefined}
                        aria-describedby={message ? errorId(area, year) : undefined}
                        {...register(`cells.${area}.${index}`)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        Rammer i mio. kr. med højst én decimal, fx 1.234,5. Et tomt felt betyder, at der ikke er sat
        en ramme for det år og den finansieringskasse.
      </p>
      {cellErrors.length > 0 ? (
        <ul className="economy-errors">
          {cellErrors.map(({ area, year, message }) => (
            <li key={`${area}.${year}`} id={errorId(area, year)} className="field-error">
              <a href={`#${cellId(area, year)}`}>{frameCellLabel(area, year)}</a>: {message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

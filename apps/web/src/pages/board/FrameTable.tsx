import { decimal } from '../../format';
import { type FrameCell, type FrameComparison, type FrameRow, mioKrOf } from './frame-comparison';

/**
 * What is included so far per financing area (rows) and year (columns), each against its frame
 * when one is set, with the remainder; over the frame is said in words, not only in colour.
 */
export function FrameTable({ comparison }: { comparison: FrameComparison }) {
  const { years, rows, total, hasFrames } = comparison;
  return (
    <div className="table-scroll">
      <table className="frame-table">
        <caption>
          {hasFrames
            ? 'Med i budgetaftalen af rammen pr. år (mio. kr.)'
            : 'Med i budgetaftalen pr. år (mio. kr.)'}
        </caption>
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
          {rows.map((row) => (
            <AreaRow key={row.area} row={row} />
          ))}
          <AreaRow row={total} className="total" />
        </tbody>
      </table>
    </div>
  );
}

function AreaRow({ row, className }: { row: FrameRow; className?: string }) {
  return (
    <tr className={className}>
      <th scope="row">{row.label}</th>
      {row.cells.map((cell, index) => (
        <td key={index} className="num frame-cell">
          <CellContent cell={cell} />
        </td>
      ))}
    </tr>
  );
}

function CellContent({ cell }: { cell: FrameCell }) {
  const included = decimal(mioKrOf(cell.included));
  if (cell.frame === null || cell.remainder === null) return <span>{included}</span>;
  const over = cell.remainder < 0;
  return (
    <>
      <span>
        {included} <span className="muted">af {decimal(mioKrOf(cell.frame))}</span>
      </span>
      <span className={over ? 'frame-over' : 'frame-remainder'}>
        {over
          ? `${decimal(mioKrOf(-cell.remainder))} over rammen`
          : `rest ${decimal(mioKrOf(cell.remainder))}`}
      </span>
    </>
  );
}

/** Where the included amounts exceed a frame, in words: "Sundhedskassen 2027: 1,2 mio. kr." */
export function overFrames(comparison: FrameComparison): string[] {
  return comparison.rows.flatMap((row) =>
    row.cells.flatMap((cell, index) =>
      cell.remainder !== null && cell.remainder < 0
        ? [`${row.label} ${comparison.years[index]}: ${decimal(mioKrOf(-cell.remainder))} mio. kr.`]
        : [],
    ),
  );
}

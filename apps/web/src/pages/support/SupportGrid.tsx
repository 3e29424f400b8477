import { stanceRefusal } from '@budgetflow/domain';
import { Link } from 'react-router';
import type {
  PartySeats,
  PartyStance,
  SupportGrid as Grid,
  SupportRow,
  User,
} from '../../api/types';
import { paths } from '../../app/paths';
import { type GridSort, type GridSortKey, sortGrid } from './grid-sort';
import { MajorityText } from './MajorityText';
import { SortHeader } from './SortHeader';
import { StanceLabel } from './StanceLabel';

/**
 * The initiatives (rows) against the party groups of the council (columns, with their seats):
 * each cell the group's stance in words, each row whether its supporters hold a majority (next
 * to the initiative, so that it stays in view on a narrow screen as the parties scroll). A
 * cell the signed-in person may set (the domain's rule: their own group's, or any group's for
 * a coordinator, while the initiative is open) has its button.
 */
export function SupportGrid({
  roundId,
  grid,
  user,
  sort,
  onSort,
  onEdit,
}: {
  roundId: string;
  grid: Grid;
  user: User;
  sort: GridSort;
  onSort: (key: GridSortKey) => void;
  onEdit: (row: SupportRow, stance: PartyStance) => void;
}) {
  const orderOf = (key: GridSortKey) =>
    sort.key !== key ? 'none' : sort.descending ? 'descending' : 'ascending';
  return (
    <div className="table-scroll">
      <table className="support-grid">
        <caption>Partigruppernes holdninger til forslagene</caption>
        <thead>
          <tr>
            <SortHeader order={orderOf('number')} onSort={() => onSort('number')}>
              Forslag
            </SortHeader>
            <SortHeader order={orderOf('supporting')} onSort={() => onSort('supporting')}>
              Flertal
            </SortHeader>
            {grid.parties.map((party) => (
              <PartyHeader key={party.partyGroup} party={party} />
            ))}
          </tr>
        </thead>
        <tbody>
          {sortGrid(grid.initiatives, sort).map((row) => (
            <tr key={row.number}>
              <th scope="row" className="support-initiative">
                <Link to={paths.initiative(roundId, row.number)}>
                  <span className="support-number">{row.number}</span> {row.title}
                </Link>
                {row.stancesOpen ? null : (
                  <span className="muted support-closed"> ({row.stateLabel})</span>
                )}
              </th>
              <td className="support-majority">
                <MajorityText majority={row.majority} />
              </td>
              {row.stances.map((stance) => (
                <td key={stance.partyGroup}>
                  <StanceCell
                    row={row}
                    stance={stance}
                    editable={stanceRefusal(user, row.state, stance.partyGroup) === null}
                    onEdit={() => onEdit(row, stance)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PartyHeader({ party }: { party: PartySeats }) {
  return (
    <th scope="col">
      {party.partyGroup}
      <span className="support-seats">
        {party.seats} {party.seats === 1 ? 'mandat' : 'mandater'}
      </span>
    </th>
  );
}

function StanceCell({
  row,
  stance,
  editable,
  onEdit,
}: {
  row: SupportRow;
  stance: PartyStance;
  editable: boolean;
  onEdit: () => void;
}) {
  return (
    <div className="support-cell">
      <StanceLabel stance={stance.stance} label={stance.stanceLabel} />
      {stance.comment ? <span className="support-comment">{stance.comment}</span> : null}
      {editable ? (
        <button
          type="button"
          className="button-quiet support-edit"
          aria-label={`Ret holdning: ${stance.partyGroup}, forslag ${row.number}`}
          onClick={onEdit}
        >
          Ret
        </button>
      ) : null}
    </div>
  );
}

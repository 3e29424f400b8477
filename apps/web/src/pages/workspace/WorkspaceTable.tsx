import type { LifecycleState } from '@budgetflow/domain';
import { Link } from 'react-router';
import { StateBadge } from '../../components/StateBadge';
import { dateTime } from '../../format';

/** One row: an initiative on the server, or a new draft kept only in the browser so far. */
export interface WorkspaceRow {
  readonly key: string;
  readonly number: string;
  readonly title: string;
  readonly submittedBy: string;
  readonly state: { readonly state: LifecycleState; readonly label: string } | null;
  /** Changes kept in the browser and not yet on the server. */
  readonly unsaved: boolean;
  readonly changedAt: string;
  readonly link: { readonly to: string; readonly text: string };
}

export function WorkspaceTable({
  caption,
  rows,
}: {
  caption: string;
  rows: readonly WorkspaceRow[];
}) {
  return (
    <div className="table-scroll">
      <table className="workspace-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Nr.</th>
            <th scope="col">Titel</th>
            <th scope="col">Fremsat af</th>
            <th scope="col">Tilstand</th>
            <th scope="col">Senest ændret</th>
            <th scope="col">
              <span className="visually-hidden">Handling</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <td className="num">{row.number || '–'}</td>
              <td>{row.title || <span className="muted">(uden titel)</span>}</td>
              <td>{row.submittedBy}</td>
              <td>
                {row.state ? <StateBadge state={row.state.state} label={row.state.label} /> : null}
                {row.unsaved ? (
                  <span className="workspace-unsaved">
                    {row.state
                      ? 'Ændringer ikke gemt på serveren endnu'
                      : 'Ikke gemt på serveren endnu'}
                  </span>
                ) : null}
              </td>
              <td>{dateTime(row.changedAt)}</td>
              <td>
                <Link to={row.link.to}>
                  {row.link.text}
                  <span className="visually-hidden">
                    {' '}
                    {row.number ? `${row.number} ` : ''}
                    {row.title}
                  </span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { Link } from 'react-router';
import type { PackageVersions } from '../../api/types';
import { paths } from '../../app/paths';
import { dateTime } from '../../format';
import { restoredText } from './package-words';

/**
 * A package's versions, newest first: who saved each, when and why. Each can be looked at; a
 * coordinator can restore an earlier one, which saves it again as the newest.
 */
export function PackageVersionsTable({
  roundId,
  versions,
  shown,
  canRestore,
  restoring,
  onRestore,
}: {
  roundId: string;
  versions: PackageVersions;
  /** The version on the page. */
  shown: number;
  canRestore: boolean;
  restoring: boolean;
  onRestore: (version: number) => void;
}) {
  const latest = versions.versions[0]?.version;
  return (
    <div className="table-scroll">
      <table className="versions-table">
        <caption>Pakkens versioner, nyeste først</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Navn</th>
            <th scope="col" className="num">
              Forslag
            </th>
            <th scope="col">Gemt</th>
            <th scope="col">Bemærkning</th>
            <th scope="col">
              <span className="visually-hidden">Handlinger</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.versions.map((one) => (
            <tr key={one.version} aria-current={one.version === shown ? 'true' : undefined}>
              <th scope="row">
                {one.version}
                {one.version === shown ? <span className="muted"> (vises)</span> : null}
              </th>
              <td>{one.name}</td>
              <td className="num">{one.itemCount}</td>
              <td>
                {dateTime(one.savedAt)}
                {one.savedBy.name ? <span className="muted"> af {one.savedBy.name}</span> : null}
              </td>
              <td>
                {one.note ?? ''}
                {restoredText(one.restoredFrom, one.note) ? (
                  <span className="muted"> ({restoredText(one.restoredFrom, one.note)})</span>
                ) : null}
              </td>
              <td className="version-actions">
                <div>
                  {one.version === shown ? null : (
                    <Link
                      to={paths.package(
                        roundId,
                        versions.id,
                        one.version === latest ? undefined : one.version,
                      )}
                      aria-label={`Vis version ${one.version}`}
                    >
                      Vis
                    </Link>
                  )}
                  {canRestore && one.version !== latest ? (
                    <button
                      type="button"
                      disabled={restoring}
                      aria-label={`Gendan version ${one.version}`}
                      onClick={() => onRestore(one.version)}
                    >
                      Gendan
                    </button>
                  ) : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

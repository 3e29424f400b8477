import type { PackageBacking, PackageStance } from '../../api/types';
import { MajorityText } from '../support/MajorityText';
import { StanceLabel } from '../support/StanceLabel';

/**
 * Who backs a package: each party group of the council with its seats and stance (marked when
 * given on an older version), and whether the supporters hold a majority. A stance the signed-in
 * person may set has its button.
 */
export function BackingTable({
  backing,
  canSet,
  onSet,
}: {
  backing: PackageBacking;
  canSet: (partyGroup: string) => boolean;
  onSet: (stance: PackageStance) => void;
}) {
  const editable = backing.stances.some((stance) => canSet(stance.partyGroup));
  return (
    <>
      <p className="package-majority">
        <MajorityText majority={backing.majority} />
      </p>
      {backing.stances.length === 0 ? null : (
        <div className="table-scroll">
          <table className="backing-table">
            <caption>Partigruppernes holdninger til pakken</caption>
            <thead>
              <tr>
                <th scope="col">Partigruppe</th>
                <th scope="col" className="num">
                  Mandater
                </th>
                <th scope="col">Holdning</th>
                {editable ? (
                  <th scope="col">
                    <span className="visually-hidden">Handling</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {backing.stances.map((stance) => (
                <tr key={stance.partyGroup}>
                  <th scope="row">{stance.partyGroup}</th>
                  <td className="num">{stance.seats}</td>
                  <td>
                    <StanceLabel stance={stance.stance} label={stance.stanceLabel} />
                    {stance.versionLabel ? (
                      <span className="muted"> ({stance.versionLabel})</span>
                    ) : null}
                    {stance.comment ? (
                      <span className="backing-comment">{stance.comment}</span>
                    ) : null}
                  </td>
                  {editable ? (
                    <td>
                      {canSet(stance.partyGroup) ? (
                        <button
                          type="button"
                          className="button-quiet"
                          aria-label={`Ret holdning: ${stance.partyGroup}`}
                          onClick={() => onSet(stance)}
                        >
                          Ret
                        </button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

import type { PackageComparison } from '../../api/types';
import { MajorityText } from '../support/MajorityText';
import { StanceLabel } from '../support/StanceLabel';

type Compared = PackageComparison['packages'][number];

/** Where each party group stands on the two packages, and whether each has a majority. */
export function BackingComparison({ first, second }: { first: Compared; second: Compared }) {
  // Both packages are of the same round: the same council, the same columns.
  const parties = first.backing.stances;
  const stanceIn = (pkg: Compared, partyGroup: string) =>
    pkg.backing.stances.find((stance) => stance.partyGroup === partyGroup);
  return (
    <div className="table-scroll">
      <table className="backing-comparison">
        <caption>Partigruppernes holdninger til de to pakker</caption>
        <thead>
          <tr>
            <th scope="col">Partigruppe</th>
            <th scope="col" className="num">
              Mandater
            </th>
            <th scope="col">{first.name}</th>
            <th scope="col">{second.name}</th>
          </tr>
        </thead>
        <tbody>
          {parties.map((party) => (
            <tr key={party.partyGroup}>
              <th scope="row">{party.partyGroup}</th>
              <td className="num">{party.seats}</td>
              {[first, second].map((pkg) => {
                const stance = stanceIn(pkg, party.partyGroup);
                return (
                  <td key={pkg.id}>
                    {stance ? (
                      <StanceLabel stance={stance.stance} label={stance.stanceLabel} />
                    ) : (
                      '–'
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="total">
            <th scope="row" colSpan={2}>
              Flertal
            </th>
            <td>
              <MajorityText majority={first.backing.majority} />
            </td>
            <td>
              <MajorityText majority={second.backing.majority} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

import { Link } from 'react-router';
import { paths } from '../../app/paths';

/** Before the agreement, to everyone but the coordinators who conclude it. */
export function NoAgreement({ roundId }: { roundId: string }) {
  return (
    <div className="card">
      <p>
        Budgetaftalen er endnu ikke indgået. Koordinatorerne indgår den med en af
        forhandlingspakkerne, når forhandlingerne er slut.
      </p>
      <p>
        <Link to={paths.packages(roundId)}>Se forhandlingspakkerne</Link>
      </p>
    </div>
  );
}

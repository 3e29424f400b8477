import { Link } from 'react-router';
import { usePackages } from '../../api/packages';
import { useRound } from '../../api/rounds';
import { useSession } from '../../api/session';
import { paths } from '../../app/paths';
import { useRoundId } from '../../app/use-round-id';
import { Page } from '../../components/Page';
import { Empty, Loaded } from '../../components/Status';
import { ComparePicker } from './ComparePicker';
import { PackageRow } from './PackageRow';
import './packages.css';

/**
 * "Forhandlingspakker": the possible agreements the coordinators put together, each with what it
 * costs, whether it keeps within the frames and whether the parties behind it hold a majority.
 */
export function PackagesPage() {
  const roundId = useRoundId();
  const round = useRound(roundId);
  const session = useSession();
  const packages = usePackages(roundId);
  const isCoordinator = session.data?.user.role === 'coordinator';
  return (
    <Page
      title={round.data ? `Forhandlingspakker · ${round.data.name}` : 'Forhandlingspakker'}
      actions={
        isCoordinator ? (
          <Link className="button button-primary" to={paths.newPackage(roundId)}>
            Ny pakke
          </Link>
        ) : null
      }
    >
      <Loaded query={packages} what="forhandlingspakkerne">
        {({ packages: list }) =>
          list.length === 0 ? (
            <Empty>
              Der er endnu ingen forhandlingspakker i budgetrunden.
              {isCoordinator ? ' Saml de første forslag med "Ny pakke".' : ''}
            </Empty>
          ) : (
            <>
              <div className="table-scroll">
                <table className="packages-table">
                  <caption>Budgetrundens forhandlingspakker</caption>
                  <thead>
                    <tr>
                      <th scope="col">Pakke</th>
                      <th scope="col" className="num">
                        Version
                      </th>
                      <th scope="col" className="num">
                        Forslag
                      </th>
                      <th scope="col" className="num">
                        I alt
                      </th>
                      <th scope="col">Balance</th>
                      <th scope="col">Opbakning</th>
                      <th scope="col">Senest gemt</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((summary) => (
                      <PackageRow key={summary.id} roundId={roundId} summary={summary} />
                    ))}
                  </tbody>
                </table>
              </div>
              {list.length >= 2 ? (
                <section aria-labelledby="sammenlign">
                  <h2 id="sammenlign">Sammenlign to pakker</h2>
                  <ComparePicker roundId={roundId} packages={list} />
                </section>
              ) : null}
            </>
          )
        }
      </Loaded>
    </Page>
  );
}

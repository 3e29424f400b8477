import { useSearchParams } from 'react-router';
import { usePackageComparison, usePackages } from '../../api/packages';
import { useRoundId } from '../../app/use-round-id';
import { Page } from '../../components/Page';
import { Empty, Loaded } from '../../components/Status';
import { ComparePicker } from './ComparePicker';
import { ComparisonView } from './ComparisonView';
import './packages.css';

/** A package's id from the address, or undefined when it names none. */
function idOf(value: string | null): number | undefined {
  return value && /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

/**
 * "Sammenlign pakker" (`…/pakker/sammenlign?a=1&b=2`): two packages side by side, as the API
 * compares them: totals, the balance per area, who backs each, and what differs.
 */
export function ComparePage() {
  const roundId = useRoundId();
  const [search] = useSearchParams();
  const first = idOf(search.get('a'));
  const second = idOf(search.get('b'));
  const packages = usePackages(roundId);
  const chosen = first !== undefined && second !== undefined && first !== second;
  return (
    <Page title="Sammenlign pakker">
      <Loaded query={packages} what="forhandlingspakkerne">
        {({ packages: list }) =>
          list.length < 2 ? (
            <Empty>Budgetrunden har færre end to forhandlingspakker at sammenligne.</Empty>
          ) : (
            <ComparePicker
              key={`${first}/${second}`}
              roundId={roundId}
              packages={list}
              first={first}
              second={second}
            />
          )
        }
      </Loaded>
      {chosen ? <Comparison roundId={roundId} first={first} second={second} /> : null}
    </Page>
  );
}

function Comparison({
  roundId,
  first,
  second,
}: {
  roundId: string;
  first: number;
  second: number;
}) {
  const comparison = usePackageComparison(roundId, first, second);
  return (
    <Loaded query={comparison} what="sammenligningen">
      {(data) => <ComparisonView roundId={roundId} comparison={data} />}
    </Loaded>
  );
}

import type { PackageComparison } from '../../api/types';
import { BalanceTable } from './BalanceTable';
import { BackingComparison } from './BackingComparison';
import { CompareOverview } from './CompareOverview';
import { DifferenceTable } from './DifferenceTable';
import { ItemDifferences } from './ItemDifferences';

/** The comparison's parts, each in its own section: first the overview, then the details. */
export function ComparisonView({
  roundId,
  comparison,
}: {
  roundId: string;
  comparison: PackageComparison;
}) {
  const [first, second] = comparison.packages;
  if (!first || !second) return null;
  return (
    <>
      <section aria-labelledby="sammenligning-overblik">
        <h2 id="sammenligning-overblik">Overblik</h2>
        <CompareOverview first={first} second={second} />
      </section>
      <section aria-labelledby="sammenligning-beloeb">
        <h2 id="sammenligning-beloeb">Beløb pr. år og finansieringskasse</h2>
        <DifferenceTable first={first} second={second} difference={comparison.difference} />
      </section>
      <section aria-labelledby="sammenligning-forslag">
        <h2 id="sammenligning-forslag">Forskelle i forslagene</h2>
        <ItemDifferences
          roundId={roundId}
          first={first}
          second={second}
          difference={comparison.difference}
        />
      </section>
      <section aria-labelledby="sammenligning-balance">
        <h2 id="sammenligning-balance">Balance mod rammerne</h2>
        <div className="compare-balances">
          {[first, second].map((pkg) => (
            <BalanceTable
              key={pkg.id}
              balance={pkg.balance}
              totals={pkg.totals}
              caption={`${pkg.name} mod rammerne (mio. kr.)`}
            />
          ))}
        </div>
      </section>
      <section aria-labelledby="sammenligning-opbakning">
        <h2 id="sammenligning-opbakning">Opbakning</h2>
        <BackingComparison first={first} second={second} />
      </section>
    </>
  );
}

import { lazy, Suspense, useState } from 'react';
import { useTotals } from '../../api/initiatives';
import { useFrames, useRound } from '../../api/rounds';
import { Loaded, Loading, ProblemMessage } from '../../components/Status';
import { compareWithFrames } from './frame-comparison';
import { FrameTable, overFrames } from './FrameTable';
import { FramesButton } from './FramesButton';

// The chart library is large and only the board draws charts: it is fetched when first needed.
const TotalsChart = lazy(() =>
  import('./TotalsChart').then((module) => ({ default: module.TotalsChart })),
);

/** What the agreement costs so far, per year and financing area, against the round's frames. */
export function IncludedEconomy({ roundId }: { roundId: string }) {
  const round = useRound(roundId);
  const included = useTotals({ round: roundId, state: ['included'] });
  const inNegotiation = useTotals({ round: roundId, state: ['inNegotiation'] });
  const frames = useFrames(roundId);
  const [confirmation, setConfirmation] = useState('');
  // Both are needed before the comparison can be drawn; a refusal of either is shown.
  const both = {
    data: round.data && included.data ? { round: round.data, included: included.data } : undefined,
    error: round.error ?? included.error,
    isPending: round.isPending || included.isPending,
  };
  return (
    <section aria-labelledby="med-i-aftalen" className="card section-card">
      <h2 id="med-i-aftalen">Med i budgetaftalen</h2>
      {round.data && frames.data ? (
        <FramesButton
          roundId={roundId}
          years={round.data.years}
          frames={frames.data}
          onOpen={() => setConfirmation('')}
          onSaved={() => setConfirmation('Rammerne er gemt.')}
        />
      ) : null}
      <div role="status">
        {confirmation ? <p className="alert alert-ok">{confirmation}</p> : null}
      </div>
      <Loaded query={both} what="beløbene">
        {(data) => {
          if (frames.isPending) return null;
          const comparison = compareWithFrames(data.round.years, data.included, frames.data);
          const over = overFrames(comparison);
          return (
            <>
              {frames.error ? (
                <ProblemMessage error={frames.error} title="Kunne ikke hente rammerne" />
              ) : comparison.hasFrames ? null : (
                <p className="alert alert-info">
                  Der er ikke sat rammer for budgetrunden; tabellen viser kun, hvad der er med i
                  budgetaftalen.
                </p>
              )}
              {over.length > 0 ? (
                <div className="alert alert-warn">
                  <strong>Over rammen:</strong> {over.join('; ')}
                </div>
              ) : null}
              <FrameTable comparison={comparison} />
              <Suspense fallback={<Loading what="diagrammet" />}>
                <TotalsChart comparison={comparison} inNegotiation={inNegotiation.data} />
              </Suspense>
            </>
          );
        }}
      </Loaded>
    </section>
  );
}

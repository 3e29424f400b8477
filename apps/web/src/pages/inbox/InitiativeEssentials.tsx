import type { InitiativeDetail } from '../../api/types';
import { EconomyTable } from '../../components/EconomyTable';
import { StateBadge } from '../../components/StateBadge';

/** What the reviewer needs in front of them: who, what, and the party's own economy. */
export function InitiativeEssentials({ initiative }: { initiative: InitiativeDetail }) {
  return (
    <div className="initiative-essentials">
      <p>
        <StateBadge state={initiative.state} label={initiative.stateLabel} />{' '}
        <span className="muted">Stillet af {initiative.submittedByLabel}</span>
      </p>
      <h3>Formål og indhold</h3>
      <p className="prose">{initiative.purpose || '–'}</p>
      <EconomyTable economy={initiative.economy} caption="Forslagsstillerens økonomi" />
      {initiative.financing.length > 0 ? (
        <p>
          <strong>Finansiering:</strong>{' '}
          {initiative.financing
            .map((share) => `${share.areaLabel} (${share.share === '1' ? 'hele' : share.share})`)
            .join(', ')}
        </p>
      ) : null}
    </div>
  );
}

import {
  financingAreaLabels,
  financingAreas,
  lifecycleStates,
  stateLabels,
  type FinancingArea,
} from '@budgetflow/domain';
import { usePartyGroups } from '../../api/rounds';
import { hasFilters, type ListParams } from './list-params';
import { SearchField } from './SearchField';

/** The list's filters; every change goes straight to the address. */
export function InitiativeFilters({
  params,
  committees,
  onChange,
  onReset,
}: {
  params: ListParams;
  committees: readonly number[];
  onChange: (change: Partial<ListParams>) => void;
  onReset: () => void;
}) {
  const parties = usePartyGroups();
  const toggleState = (state: (typeof lifecycleStates)[number], on: boolean) =>
    onChange({
      states: lifecycleStates.filter((one) => (one === state ? on : params.states.includes(one))),
    });
  return (
    <search className="card initiatives-filters" aria-label="Filtrer forslagene">
      <fieldset className="state-filter">
        <legend>Tilstand</legend>
        <div className="checkbox-row">
          {lifecycleStates.map((state) => (
            <label key={state} className="checkbox">
              <input
                type="checkbox"
                checked={params.states.includes(state)}
                onChange={(event) => toggleState(state, event.target.checked)}
              />
              {stateLabels[state]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="filters">
        <div className="field">
          <label htmlFor="initiatives-party">Parti</label>
          <select
            id="initiatives-party"
            value={params.party}
            onChange={(event) => onChange({ party: event.target.value })}
          >
            <option value="">Alle partier</option>
            {(parties.data ?? []).map((party) => (
              <option key={party.name} value={party.name}>
                {party.name}
              </option>
            ))}
            {params.party && !parties.data?.some((party) => party.name === params.party) ? (
              <option value={params.party}>{params.party}</option>
            ) : null}
          </select>
        </div>
        <div className="field">
          <label htmlFor="initiatives-area">Finansieringsområde</label>
          <select
            id="initiatives-area"
            value={params.financingArea}
            onChange={(event) =>
              onChange({ financingArea: event.target.value as FinancingArea | '' })
            }
          >
            <option value="">Alle områder</option>
            {financingAreas.map((area) => (
              <option key={area} value={area}>
                {financingAreaLabels[area]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="initiatives-committee">Udvalg (nummerets første tal)</label>
          <select
            id="initiatives-committee"
            value={params.committee ?? ''}
            onChange={(event) =>
              onChange({ committee: event.target.value ? Number(event.target.value) : null })
            }
          >
            <option value="">Alle udvalg</option>
            {withSelected(committees, params.committee).map((committee) => (
              <option key={committee} value={committee}>
                {committee} ({committee}.x)
              </option>
            ))}
          </select>
        </div>
        <SearchField value={params.q} onSearch={(q) => onChange({ q })} />
        {hasFilters(params) ? (
          <button type="button" className="button-quiet" onClick={onReset}>
            Nulstil filtre
          </button>
        ) : null}
      </div>
    </search>
  );
}

/** The committees to choose from, keeping one chosen in the address even when it has none. */
function withSelected(committees: readonly number[], selected: number | null): number[] {
  const all = new Set(committees);
  if (selected !== null) all.add(selected);
  return [...all].sort((a, b) => a - b);
}

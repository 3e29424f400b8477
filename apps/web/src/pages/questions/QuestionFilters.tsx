import { type QuestionState, questionStateLabels, questionStates } from '@budgetflow/domain';
import { usePartyGroups } from '../../api/rounds';
import { hasQuestionFilters, type QuestionParams } from './question-params';

/** The list's filters, as the API takes them; every change goes straight to the address. */
export function QuestionFilters({
  params,
  initiatives,
  onChange,
  onReset,
}: {
  params: QuestionParams;
  initiatives: readonly { number: string; title: string }[];
  onChange: (change: Partial<QuestionParams>) => void;
  onReset: () => void;
}) {
  const parties = usePartyGroups();
  const partyNames = (parties.data ?? []).map((party) => party.name);
  return (
    <search className="card question-filters" aria-label="Filtrer spørgsmålene">
      <div className="filters">
        <div className="field">
          <label htmlFor="questions-state">Status</label>
          <select
            id="questions-state"
            value={params.state}
            onChange={(event) => onChange({ state: event.target.value as QuestionState | '' })}
          >
            <option value="">Alle</option>
            {questionStates.map((state) => (
              <option key={state} value={state}>
                {questionStateLabels[state]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="questions-party">Partigruppe</label>
          <select
            id="questions-party"
            value={params.partyGroup}
            onChange={(event) => onChange({ partyGroup: event.target.value })}
          >
            <option value="">Alle partigrupper</option>
            {withChosen(partyNames, params.partyGroup).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field question-initiative-filter">
          <label htmlFor="questions-initiative">Forslag</label>
          <select
            id="questions-initiative"
            value={params.initiative}
            onChange={(event) => onChange({ initiative: event.target.value })}
          >
            <option value="">Alle spørgsmål</option>
            {initiatives.map(({ number, title }) => (
              <option key={number} value={number}>
                {number} {title}
              </option>
            ))}
            {params.initiative && !initiatives.some((one) => one.number === params.initiative) ? (
              <option value={params.initiative}>{params.initiative}</option>
            ) : null}
          </select>
        </div>
        {hasQuestionFilters(params) ? (
          <button type="button" className="button-quiet" onClick={onReset}>
            Nulstil filtre
          </button>
        ) : null}
      </div>
    </search>
  );
}

/** The names to choose from, keeping one chosen in the address even when the list lacks it. */
function withChosen(names: readonly string[], chosen: string): string[] {
  return chosen && !names.includes(chosen) ? [...names, chosen] : [...names];
}

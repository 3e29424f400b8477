import type { DraftErrors } from './package-body';
import { fieldId, itemField } from './package-body';
import type { DraftAction, ItemDraft } from './package-draft';
import { SelectField } from './SelectField';

/** An item's years moved: each from one of the round's years to another. */
export function MovesFields({
  item,
  years,
  errors,
  dispatch,
}: {
  item: ItemDraft;
  years: readonly number[];
  errors: DraftErrors;
  dispatch: (action: DraftAction) => void;
}) {
  const options = years.map((year) => ({ value: String(year), label: String(year) }));
  const { number } = item;
  return (
    <fieldset className="adjust-list">
      <legend>Flyt år</legend>
      <p className="hint">Årets beløb, årsværk med, lægges til det år, de flyttes til.</p>
      {item.moves.map((move, index) => {
        const field = (leaf: 'from' | 'to') => itemField(number, `moves.${index}.${leaf}`);
        return (
          <fieldset key={index} className="adjust-row">
            <legend className="visually-hidden">Flytning {index + 1}</legend>
            <SelectField
              id={fieldId(field('from'))}
              label="Fra år"
              value={move.from}
              options={options}
              error={errors[field('from')]}
              onChange={(from) => dispatch({ type: 'move', number, index, change: { from } })}
            />
            <SelectField
              id={fieldId(field('to'))}
              label="Til år"
              value={move.to}
              options={options}
              error={errors[field('to')]}
              onChange={(to) => dispatch({ type: 'move', number, index, change: { to } })}
            />
            <button
              type="button"
              className="button-quiet"
              onClick={() => dispatch({ type: 'removeMove', number, index })}
            >
              Fjern flytning {index + 1}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => dispatch({ type: 'addMove', number, years })}>
        Tilføj flytning
      </button>
    </fieldset>
  );
}

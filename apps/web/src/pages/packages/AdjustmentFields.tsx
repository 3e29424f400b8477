import { AmountsFields } from './AmountsFields';
import type { Candidate } from './candidates';
import { type DraftErrors, fieldId, itemField } from './package-body';
import type { DraftAction, ItemDraft } from './package-draft';
import { MovesFields } from './MovesFields';
import { TextField } from './TextField';

/**
 * How the package takes one initiative: as it is, or adjusted (a share, years moved, amounts
 * changed, a note). The moves apply first, then the share, then the changed amounts.
 */
export function AdjustmentFields({
  item,
  candidate,
  years,
  errors,
  dispatch,
}: {
  item: ItemDraft;
  candidate: Candidate | undefined;
  years: readonly number[];
  errors: DraftErrors;
  dispatch: (action: DraftAction) => void;
}) {
  const { number } = item;
  const adjustedId = fieldId(itemField(number, 'adjusted'));
  return (
    <fieldset className="adjustment card">
      <legend>
        <span className="package-number">{number}</span> {candidate?.title ?? ''}
      </legend>
      <div className="checkbox-row">
        <input
          type="checkbox"
          id={adjustedId}
          checked={item.adjusted}
          onChange={(event) =>
            dispatch({ type: 'item', number, change: { adjusted: event.target.checked } })
          }
        />
        <label htmlFor={adjustedId}>Tilpas forslaget</label>
      </div>
      {item.adjusted ? (
        <div className="adjustment-fields">
          <TextField
            id={fieldId(itemField(number, 'share'))}
            label="Andel af forslaget"
            hint="Fx 1/2 eller 0,5. Tomt: hele forslaget."
            value={item.share}
            className="adjust-share"
            error={errors[itemField(number, 'share')]}
            onChange={(share) => dispatch({ type: 'item', number, change: { share } })}
          />
          <MovesFields item={item} years={years} errors={errors} dispatch={dispatch} />
          <AmountsFields item={item} years={years} errors={errors} dispatch={dispatch} />
          <TextField
            id={fieldId(itemField(number, 'note'))}
            label="Note"
            hint="Hvorfor forslaget tages med sådan."
            value={item.note}
            error={errors[itemField(number, 'note')]}
            onChange={(note) => dispatch({ type: 'item', number, change: { note } })}
          />
        </div>
      ) : null}
    </fieldset>
  );
}

import type { EconomyRow } from '@budgetflow/domain';
import { changeableRows, type DraftErrors, fieldId, itemField } from './package-body';
import type { DraftAction, ItemDraft } from './package-draft';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

const rowOptions = changeableRows.map(({ row, label }) => ({ value: row, label }));

/** An item's changed amounts: a row of the economy table in a year, set to what is agreed. */
export function AmountsFields({
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
  const yearOptions = years.map((year) => ({ value: String(year), label: String(year) }));
  const { number } = item;
  return (
    <fieldset className="adjust-list">
      <legend>Ændrede beløb</legend>
      <p className="hint">
        Det skrevne beløb gælder, som det står: det deles ikke med andelen. I mio. kr. med højst én
        decimal, fx 0,3.
      </p>
      {item.amounts.map((amount, index) => {
        const field = (leaf: 'row' | 'year' | 'amount') =>
          itemField(number, `amounts.${index}.${leaf}`);
        const change = (patch: Partial<typeof amount>) =>
          dispatch({ type: 'amount', number, index, change: patch });
        return (
          <fieldset key={index} className="adjust-row">
            <legend className="visually-hidden">Ændret beløb {index + 1}</legend>
            <SelectField
              id={fieldId(field('row'))}
              label="Række"
              value={amount.row}
              options={rowOptions}
              error={errors[field('row')]}
              onChange={(row) => change({ row: row as EconomyRow })}
            />
            <SelectField
              id={fieldId(field('year'))}
              label="År"
              value={amount.year}
              options={yearOptions}
              error={errors[field('year')]}
              onChange={(year) => change({ year })}
            />
            <TextField
              id={fieldId(field('amount'))}
              label="Beløb (mio. kr.)"
              value={amount.amount}
              inputMode="decimal"
              required
              className="adjust-amount"
              error={errors[field('amount')]}
              onChange={(text) => change({ amount: text })}
            />
            <button
              type="button"
              className="button-quiet"
              onClick={() => dispatch({ type: 'removeAmount', number, index })}
            >
              Fjern ændret beløb {index + 1}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => dispatch({ type: 'addAmount', number, years })}>
        Tilføj ændret beløb
      </button>
    </fieldset>
  );
}

import { Controller, type UseFormReturn } from 'react-hook-form';
import { EconomyEditor } from '../EconomyEditor';
import { FinancingEditor } from '../FinancingEditor';
import type { CostingErrors, CostingValues } from './costing-values';
import { TextAreaField } from './fields';

/**
 * The administration's costing: the economy table as it will be costed and the financing areas
 * with their shares (both prefilled from the form, in the same editors as the form's), and a
 * comment.
 */
export function CostingFields({
  form,
  errors,
  years,
  idPrefix,
}: {
  form: UseFormReturn<CostingValues>;
  errors: CostingErrors;
  years: readonly number[];
  idPrefix: string;
}) {
  return (
    <>
      <Controller
        control={form.control}
        name="economy"
        render={({ field }) => (
          <EconomyEditor
            years={years}
            value={field.value}
            onChange={field.onChange}
            errors={errors.economy}
            caption="Administrationens prisfastsættelse (mio. kr.)"
            idPrefix={`${idPrefix}-economy`}
          />
        )}
      />
      <Controller
        control={form.control}
        name="financing"
        render={({ field }) => (
          <FinancingEditor
            value={field.value}
            onChange={field.onChange}
            errors={errors.financing}
            idPrefix={idPrefix}
          />
        )}
      />
      <TextAreaField
        id={`${idPrefix}-comment`}
        label="Kommentar til prisfastsættelsen"
        required={false}
        rows={3}
        error={errors.comment}
        registration={form.register('comment')}
      />
    </>
  );
}

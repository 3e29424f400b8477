import { type ReactNode, useEffect, useRef } from 'react';
import { type Control, Controller, type UseFormRegister } from 'react-hook-form';
import type { PartyGroup, User } from '../../api/types';
import { EconomyEditor } from '../../components/EconomyEditor';
import { FinancingEditor } from '../../components/FinancingEditor';
import { SubmittersField, TextAreaField, TextField, YesNoField } from './DraftFields';
import { type DraftValues, editorPrefix, fieldIds } from './draft-values';

/**
 * Tells when the focus leaves a part made of many controls (the economy table, the financing), so
 * the part counts as touched and is checked from then on, as a single field is when it is left.
 */
function LeaveWatch({ onLeave, children }: { onLeave: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const left = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node) || !element.contains(event.relatedTarget))
        onLeave();
    };
    element.addEventListener('focusout', left);
    return () => element.removeEventListener('focusout', left);
  }, [onLeave]);
  return <div ref={ref}>{children}</div>;
}

/** The errors of a part of the form ('economy', 'financing'), keyed as its editor keys them. */
function partErrors(errors: Record<string, string>, part: string) {
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([path]) => path.startsWith(`${part}.`))
      .map(([path, message]) => [path.slice(part.length + 1), message]),
  );
}

/** The official form's sections, in its order. */
export function DraftFormSections({
  register,
  control,
  errors,
  user,
  groups,
  years,
  number,
}: {
  register: UseFormRegister<DraftValues>;
  control: Control<DraftValues>;
  /** Every error, keyed by the form's paths (see draft-check.ts). */
  errors: Record<string, string>;
  user: User;
  groups: readonly PartyGroup[];
  years: readonly number[];
  /** The initiative's number once the draft exists; until then it is asked for. */
  number: string | null;
}) {
  return (
    <>
      <section className="card" aria-labelledby="draft-section-initiative">
        <h2 id="draft-section-initiative">Forslaget</h2>
        {number ? (
          <p>
            <strong>Nummer:</strong> {number}
          </p>
        ) : (
          <TextField
            id={fieldIds.number}
            label="Nummer"
            hint="Udvalgets nummer og forslagets løbenummer, fx 4.7"
            inputMode="decimal"
            error={errors['number']}
            registration={register('number')}
          />
        )}
        <TextField
          id={fieldIds.title}
          label="Titel"
          error={errors['title']}
          registration={register('title')}
        />
        <SubmittersField
          id={fieldIds.partyGroups}
          user={user}
          groups={groups}
          error={errors['partyGroups']}
          registration={register('partyGroups')}
        />
      </section>

      <section className="card" aria-labelledby="draft-section-content">
        <h2 id="draft-section-content">Indhold</h2>
        <TextAreaField
          id={fieldIds.purpose}
          label="Formål og indhold"
          hint="Skal udfyldes, før forslaget kan indsendes."
          error={errors['purpose']}
          registration={register('purpose')}
          rows={8}
        />
        <TextAreaField
          id={fieldIds.background}
          label="Baggrund og argumentation"
          error={errors['background']}
          registration={register('background')}
          rows={8}
        />
      </section>

      <section className="card" aria-labelledby="draft-section-economy">
        <h2 id="draft-section-economy">Økonomi og finansiering</h2>
        <Controller
          name="economy"
          control={control}
          render={({ field }) => (
            <LeaveWatch onLeave={field.onBlur}>
              <EconomyEditor
                years={years}
                value={field.value}
                onChange={field.onChange}
                errors={partErrors(errors, 'economy')}
                caption="Forslagets konsekvenser – økonomi og personale"
                idPrefix={editorPrefix}
              />
            </LeaveWatch>
          )}
        />
        <TextAreaField
          id={fieldIds.elaboration}
          label="Uddybning"
          hint="Evt. uddybende beskrivelse af økonomien."
          error={errors['elaboration']}
          registration={register('elaboration')}
        />
        <Controller
          name="financing"
          control={control}
          render={({ field }) => (
            <LeaveWatch onLeave={field.onBlur}>
              <FinancingEditor
                value={field.value}
                onChange={field.onChange}
                errors={partErrors(errors, 'financing')}
                idPrefix={editorPrefix}
              />
            </LeaveWatch>
          )}
        />
        <div className="grid-2">
          <YesNoField
            id={fieldIds.commitmentBudgeting}
            legend="Bevillingsstyring: kan forslaget tilsagnsbudgetteres?"
            hint="Angives for forslag på det regionale udviklingsområde."
            error={errors['commitmentBudgeting']}
            registration={register('commitmentBudgeting')}
          />
          <YesNoField
            id={fieldIds.scalable}
            legend="Skalerbart: kan forslaget skaleres op eller ned?"
            hint="Især for 1-årige projekter og forslag med karakter af en pulje."
            error={errors['scalable']}
            registration={register('scalable')}
          />
        </div>
      </section>

      <section className="card" aria-labelledby="draft-section-agreement">
        <h2 id="draft-section-agreement">Budgetaftale og verdensmål</h2>
        <TextAreaField
          id={fieldIds.agreementTextDraft}
          label="Første udkast til tekst til budgetaftalen"
          error={errors['agreementTextDraft']}
          registration={register('agreementTextDraft')}
        />
        <TextAreaField
          id={fieldIds.sustainableDevelopmentGoals}
          label="FN's verdensmål"
          hint="Beskriv kort, hvordan forslaget bidrager til FN's verdensmål, positivt og/eller negativt, fx for miljø, klima og sociale forhold."
          error={errors['sustainableDevelopmentGoals']}
          registration={register('sustainableDevelopmentGoals')}
        />
      </section>
    </>
  );
}

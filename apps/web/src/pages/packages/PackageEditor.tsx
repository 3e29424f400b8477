import { useReducer, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type PackageRequest, useSavePackage } from '../../api/packages';
import { paths } from '../../app/paths';
import { ProblemMessage } from '../../components/Status';
import { AdjustmentFields } from './AdjustmentFields';
import type { Candidate } from './candidates';
import { ItemChooser } from './ItemChooser';
import { checkPackageDraft, type DraftErrors, fieldId, serverErrorsOf } from './package-body';
import { type PackageDraft, packageDraftReducer } from './package-draft';
import { PackageErrorSummary } from './PackageErrorSummary';
import { useSendKey } from './send-key';
import { TextField } from './TextField';
import type { Arrival } from './use-restore-version';

/**
 * The coordinators' package form: a name, the initiatives, how each is taken, and why this
 * version. Checked by the domain's rules before it is sent; what the API still refuses is shown
 * at its field. Saving makes a new version and shows the package as saved.
 */
export function PackageEditor({
  roundId,
  packageId,
  years,
  candidates,
  start,
}: {
  roundId: string;
  /** null for a new package. */
  packageId: number | null;
  years: readonly number[];
  candidates: readonly Candidate[];
  start: PackageDraft;
}) {
  const [draft, dispatch] = useReducer(packageDraftReducer, start);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [alert, setAlert] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const save = useSavePackage(roundId, packageId);
  const keyFor = useSendKey();
  const navigate = useNavigate();

  const failed = (found: DraftErrors, rest: unknown) => {
    setErrors(found);
    setAlert(rest);
    setAttempt((count) => count + 1);
  };
  const send = async (body: PackageRequest) => {
    try {
      const saved = await save.mutateAsync({ body, idempotencyKey: keyFor(body) });
      const arrival: Arrival = {
        confirmation:
          saved.version === 1
            ? `Pakken ${saved.name} er oprettet.`
            : `Pakken er gemt som version ${saved.version}.`,
      };
      void navigate(paths.package(roundId, saved.id), { state: arrival });
    } catch (error) {
      const placed = serverErrorsOf(error, body);
      failed(placed.errors, placed.rest);
    }
  };
  const byNumber = new Map(candidates.map((candidate) => [candidate.number, candidate]));
  return (
    <form
      className="package-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const checked = checkPackageDraft(draft, years);
        if (checked.body) void send(checked.body);
        else failed(checked.errors, null);
      }}
    >
      <PackageErrorSummary errors={errors} focusToken={attempt} />
      <ProblemMessage error={alert} title="Pakken kunne ikke gemmes" />
      <section className="card section-card" aria-labelledby="pakke-om">
        <h2 id="pakke-om">Pakken</h2>
        <TextField
          id={fieldId('name')}
          label="Navn"
          required
          value={draft.name}
          error={errors['name']}
          onChange={(name) => dispatch({ type: 'name', name })}
        />
        <TextField
          id={fieldId('note')}
          label="Bemærkning til versionen"
          hint="Hvad der er nyt, fx “Parkeringen med, et år senere”."
          value={draft.note}
          error={errors['note']}
          onChange={(note) => dispatch({ type: 'note', note })}
        />
      </section>
      <section className="card section-card" aria-labelledby="pakke-valg">
        <h2 id="pakke-valg">Forslag</h2>
        <ItemChooser candidates={candidates} draft={draft} errors={errors} dispatch={dispatch} />
      </section>
      {draft.items.length > 0 ? (
        <section aria-labelledby="pakke-tilpasninger">
          <h2 id="pakke-tilpasninger">Tilpasninger</h2>
          <p className="hint">
            Et forslag kan tages med i en andel, med beløb flyttet mellem årene og med ændrede
            beløb. Flytningerne regnes først, så andelen, og de ændrede beløb til sidst.
          </p>
          {draft.items.map((item) => (
            <AdjustmentFields
              key={item.number}
              item={item}
              candidate={byNumber.get(item.number)}
              years={years}
              errors={errors}
              dispatch={dispatch}
            />
          ))}
        </section>
      ) : null}
      <div className="package-form-actions">
        <Link
          className="button"
          to={packageId === null ? paths.packages(roundId) : paths.package(roundId, packageId)}
        >
          Annuller
        </Link>
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? 'Gemmer …' : packageId === null ? 'Opret pakke' : 'Gem ny version'}
        </button>
      </div>
    </form>
  );
}

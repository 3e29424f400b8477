import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiProblem } from '../../api/client';
import { type ImportOutcome, useImportDocuments } from '../../api/imports';
import { useRound } from '../../api/rounds';
import { useSession } from '../../api/session';
import { paths } from '../../app/paths';
import { useRoundId } from '../../app/use-round-id';
import { describedBy, FieldError, Necessity } from '../../components/commands/fields';
import { Page } from '../../components/Page';
import { ProblemMessage } from '../../components/Status';
import { FilesErrorSummary } from './FilesErrorSummary';
import { ImportResults } from './ImportResults';
import { changesAnything, filesProblem } from './import-words';
import './imports.css';

const fieldId = 'import-files';

/**
 * "Importér forslag": a party group's (or the administration's) budget-initiative forms, as
 * .docx, .pdf or .txt, become drafts or edit them. First the API's preview of what would happen
 * to each (created, the fields that change, no change, refused and why); then the import,
 * which the API carries out by the same rules as the draft form. Importing the same files again
 * changes nothing.
 */
export function ImportPage() {
  const roundId = useRoundId();
  const round = useRound(roundId);
  const session = useSession();
  const importing = useImportDocuments(roundId);
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [problem, setProblem] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const result = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (outcome) result.current?.focus();
  }, [outcome]);

  const title = round.data ? `Importér forslag · ${round.data.name}` : 'Importér forslag';
  const user = session.data?.user;
  if (user && user.role !== 'partyGroupMember' && user.role !== 'administration') {
    return (
      <Page title={title}>
        <p>Kun partigrupperne og administrationen importerer deres forslag.</p>
      </Page>
    );
  }

  const send = async (dryRun: boolean) => {
    const local = filesProblem(files.map(({ name, size }) => ({ name, size })));
    if (local) {
      setFileError(local);
      setAttempt((count) => count + 1);
      return;
    }
    try {
      setOutcome(await importing.mutateAsync({ files, dryRun }));
      setFileError(null);
      setProblem(null);
    } catch (error) {
      const atFile =
        error instanceof ApiProblem
          ? error.errors.filter((one) => one.field === 'file').map((one) => one.message)
          : [];
      if (atFile.length > 0) {
        setFileError(atFile.join('. '));
        setAttempt((count) => count + 1);
        setProblem(null);
      } else setProblem(error);
    }
  };

  return (
    <Page title={title}>
      <p className="import-intro">
        Vælg budgetinitiativer udfyldt på standardskemaet. Du ser først, hvad importen vil gøre med
        hvert dokument; intet ændres, før du vælger <strong>Importér</strong>. Et forslag, der
        findes som kladde, rettes; et indsendt forslag ændres ikke. Ændringer i kladderne kan ses
        under <Link to={paths.workspace(roundId)}>kladderne</Link>.
      </p>
      <form
        className="import-form card section-card"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send(true);
        }}
      >
        <FilesErrorSummary
          title="Dokumenterne kan ikke importeres"
          fieldId={fieldId}
          label="Dokumenter"
          message={fileError}
          focusToken={attempt}
        />
        <div className="field">
          <label htmlFor={fieldId}>
            Dokumenter
            <Necessity required />
          </label>
          <p id={`${fieldId}-hint`} className="hint">
            .docx, .pdf eller .txt, højst 10 MB pr. fil og 20 filer ad gangen.
          </p>
          <input
            id={fieldId}
            type="file"
            multiple
            accept=".docx,.pdf,.txt,application/pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-required
            aria-invalid={fileError ? true : undefined}
            aria-describedby={describedBy(`${fieldId}-hint`, fileError && `${fieldId}-error`)}
            onChange={(event) => {
              setFiles([...(event.target.files ?? [])]);
              setOutcome(null);
              setFileError(null);
              setProblem(null);
            }}
          />
          <FieldError id={`${fieldId}-error`} message={fileError ?? undefined} />
        </div>
        <button type="submit" className="button-primary" disabled={importing.isPending}>
          {importing.isPending && importing.variables?.dryRun
            ? 'Læser dokumenterne …'
            : 'Forhåndsvis'}
        </button>
      </form>
      <ProblemMessage error={problem} title="Dokumenterne blev ikke importeret" />
      {outcome ? (
        <>
          <ImportResults ref={result} outcome={outcome} roundId={roundId} />
          {outcome.dryRun ? (
            changesAnything(outcome) ? (
              <div className="import-confirm">
                <button
                  type="button"
                  className="button-primary"
                  disabled={importing.isPending}
                  onClick={() => void send(false)}
                >
                  {importing.isPending ? 'Importerer …' : 'Importér'}
                </button>
                <p className="hint">
                  Opretter og retter kladderne som vist; de afviste dokumenter springes over.
                </p>
              </div>
            ) : (
              <p className="import-nothing">Der er intet at importere.</p>
            )
          ) : null}
        </>
      ) : null}
    </Page>
  );
}

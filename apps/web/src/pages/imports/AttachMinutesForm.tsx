import { useState } from 'react';
import { ApiProblem } from '../../api/client';
import { useAttachMinutes } from '../../api/imports';
import { describedBy, FieldError, Necessity } from '../../components/commands/fields';
import { ProblemMessage } from '../../components/Status';
import { FilesErrorSummary } from './FilesErrorSummary';
import { filesProblem } from './import-words';

const fieldId = 'minutes-file';

/** A coordinator attaches the meeting's minutes; the same file again changes nothing. */
export function AttachMinutesForm({
  roundId,
  milestoneId,
}: {
  roundId: string;
  milestoneId: string;
}) {
  const attach = useAttachMinutes(roundId, milestoneId);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const send = async () => {
    setDone(null);
    const local = filesProblem(file ? [{ name: file.name, size: file.size }] : []);
    if (local || !file) {
      setFileError(local);
      setAttempt((count) => count + 1);
      return;
    }
    try {
      const answer = await attach.mutateAsync(file);
      setFileError(null);
      setProblem(null);
      setDone(
        answer.attached
          ? 'Referatet er vedhæftet mødet.'
          : 'Netop dette referat var allerede vedhæftet mødet; intet er ændret.',
      );
    } catch (error) {
      const atFile =
        error instanceof ApiProblem
          ? error.errors.filter((one) => one.field === 'file').map((one) => one.message)
          : [];
      if (atFile.length > 0) {
        setFileError(atFile.join('. '));
        setAttempt((count) => count + 1);
      } else setProblem(error);
    }
  };

  return (
    <form
      className="card section-card"
      noValidate
      aria-labelledby="vedhaeft-referat"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <h2 id="vedhaeft-referat">Vedhæft referat</h2>
      <FilesErrorSummary
        title="Referatet kan ikke vedhæftes"
        fieldId={fieldId}
        label="Referat"
        message={fileError}
        focusToken={attempt}
      />
      <ProblemMessage error={problem} title="Referatet blev ikke vedhæftet" />
      <div className="field">
        <label htmlFor={fieldId}>
          Referat
          <Necessity required />
        </label>
        <p id={`${fieldId}-hint`} className="hint">
          Mødets referat som .docx, .pdf eller .txt. Beslutningerne knyttes til de forslag, de
          nævner.
        </p>
        <input
          id={fieldId}
          type="file"
          accept=".docx,.pdf,.txt"
          aria-required
          aria-invalid={fileError ? true : undefined}
          aria-describedby={describedBy(`${fieldId}-hint`, fileError && `${fieldId}-error`)}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setFileError(null);
            setDone(null);
          }}
        />
        <FieldError id={`${fieldId}-error`} message={fileError ?? undefined} />
      </div>
      <button type="submit" className="button-primary" disabled={attach.isPending}>
        {attach.isPending ? 'Vedhæfter …' : 'Vedhæft referatet'}
      </button>
      <div role="status" className="confirmation-region">
        {done ? <p className="alert alert-ok">{done}</p> : null}
      </div>
    </form>
  );
}

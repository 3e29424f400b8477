import { forwardRef } from 'react';
import { Link } from 'react-router';
import type { DocumentOutcome, ImportOutcome } from '../../api/imports';
import { paths } from '../../app/paths';
import { fieldLabel } from '../../components/Status';
import { countsText, documentName, doneLabels, plannedLabels } from './import-words';

/**
 * What the import would do (a preview) or did, per document: created, the fields that change
 * (now and after), no change, or refused with the reason; and what the reader could not read
 * with confidence. The heading takes the focus when the answer arrives.
 */
export const ImportResults = forwardRef<
  HTMLHeadingElement,
  { outcome: ImportOutcome; roundId: string }
>(function ImportResults({ outcome, roundId }, heading) {
  return (
    <section aria-labelledby="import-result" className="import-result">
      <h2 id="import-result" ref={heading} tabIndex={-1}>
        {outcome.dryRun ? 'Forhåndsvisning' : 'Importen er gennemført'}
      </h2>
      <p className="import-counts">
        {countsText(outcome)}
        {outcome.dryRun ? '. Intet er ændret endnu.' : '.'}
      </p>
      <ul className="import-documents">
        {outcome.documents.map((document, index) => (
          <DocumentResult
            key={`${index}-${document.hash}`}
            document={document}
            dryRun={outcome.dryRun}
            roundId={roundId}
            id={`import-document-${index}`}
          />
        ))}
      </ul>
    </section>
  );
});

function DocumentResult({
  document,
  dryRun,
  roundId,
  id,
}: {
  document: DocumentOutcome;
  dryRun: boolean;
  roundId: string;
  id: string;
}) {
  const label = (dryRun ? plannedLabels : doneLabels)[document.action];
  const linked = !dryRun && document.action !== 'refused' && document.number !== null;
  return (
    <li className={`card import-document import-document-${document.action}`}>
      <h3 id={`${id}-name`}>{documentName(document)}</h3>
      <p className="import-file muted">Fil: {document.file}</p>
      <p className="import-action">
        <span className={`badge import-badge-${document.action}`}>{label}</span>
        {document.reason ? <span className="import-reason"> {document.reason}</span> : null}
      </p>
      {linked ? (
        <p>
          <Link to={paths.initiative(roundId, document.number!)}>Se forslag {document.number}</Link>
        </p>
      ) : null}
      {document.changes.length > 0 ? (
        <div className="table-scroll">
          <table className="import-changes">
            <caption>{dryRun ? 'Det ændres i kladden' : 'Det er ændret i kladden'}</caption>
            <thead>
              <tr>
                <th scope="col">Felt</th>
                <th scope="col">{dryRun ? 'Nu' : 'Før'}</th>
                <th scope="col">{dryRun ? 'Efter importen' : 'Nu'}</th>
              </tr>
            </thead>
            <tbody>
              {document.changes.map((change) => (
                <tr key={change.field}>
                  <th scope="row">{change.label}</th>
                  <td>
                    <FieldValue text={change.before} />
                  </td>
                  <td>
                    <FieldValue text={change.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {document.warnings.length > 0 ? (
        <div className="alert alert-warn import-warnings">
          <h4>Læst med forbehold</h4>
          <ul>
            {document.warnings.map((warning) => (
              <li key={`${warning.field}:${warning.message}`}>
                {fieldLabel(warning.field)}: {warning.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}

/** A field's value as written; nothing is said in words, so an empty cell is not overlooked. */
function FieldValue({ text }: { text: string }) {
  if (text === '') return <span className="muted">(tomt)</span>;
  return <span className="import-value">{text}</span>;
}

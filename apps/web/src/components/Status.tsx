import type { ReactNode } from 'react';
import { ApiProblem } from '../api/client';

/** What the API refused and why, in its own Danish words; announced to screen readers. */
export function ProblemMessage({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  const problem = error instanceof ApiProblem ? error : null;
  return (
    <div className="alert alert-error" role="alert">
      <strong>{title ?? problem?.title ?? 'Noget gik galt'}</strong>
      <p>{problem ? problem.detail : 'En uventet fejl opstod. Prøv igen.'}</p>
      {problem && problem.errors.length > 0 ? (
        <ul>
          {problem.errors.map((error) => (
            <li key={`${error.field}:${error.message}`}>
              {fieldLabel(error.field)}: {error.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The API names fields by path (economy.salaries.2026); people know them by the form's words. */
const fieldWords: Record<string, string> = {
  title: 'Titel',
  purpose: 'Formål og indhold',
  background: 'Baggrund og argumentation',
  elaboration: 'Uddybning',
  agreementTextDraft: 'Første udkast til tekst til budgetaftalen',
  sustainableDevelopmentGoals: 'Verdensmål',
  financing: 'Finansiering',
  economy: 'Økonomi',
  establishmentCosts: 'Etableringsomkostninger',
  salaries: 'Løn',
  otherOperations: 'Øvrig drift',
  staffFte: 'Årsværk',
  submittedBy: 'Forslagsstiller',
  number: 'Nummer',
  comments: 'Bemærkninger',
  reason: 'Begrundelse',
  comment: 'Kommentar',
  into: 'Forslag der indarbejdes i',
  login: 'Brugernavn',
  password: 'Adgangskode',
  currentPassword: 'Nuværende adgangskode',
  newPassword: 'Ny adgangskode',
};

export function fieldLabel(path: string): string {
  return path
    .split('.')
    .map((part) => fieldWords[part] ?? part)
    .join(' › ');
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> Henter {what} …
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** Loading, a refusal, or the data. */
export function Loaded<T>({
  query,
  what,
  children,
}: {
  query: { data: T | undefined; error: unknown; isPending: boolean };
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading what={what} />;
  if (query.error || query.data === undefined)
    return <ProblemMessage error={query.error} title={`Kunne ikke hente ${what}`} />;
  return <>{children(query.data)}</>;
}

// One way to talk to the API: same-origin cookie session, the session's CSRF token on every
// change, an Idempotency-Key so a retried change is never done twice, and refusals as
// ApiProblem with the API's Danish reason and its field-level errors.

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** An answer in the API's problem format (RFC 9457). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly code: string | undefined,
    readonly errors: readonly FieldProblem[],
  ) {
    super(detail);
  }

  /** The message for one form field (`economy.salaries.2026`), if the API named it. */
  fieldMessage(field: string): string | undefined {
    return this.errors.find((error) => error.field === field)?.message;
  }
}

let csrfToken: string | null = null;

/** Set on sign-in and from the session; sent with every change. */
export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RequestOptions {
  readonly body?: unknown;
  /** The same key for the retries of one change, a new one for the next change. */
  readonly idempotencyKey?: string;
  readonly signal?: AbortSignal;
}

export async function api<T>(method: Method, path: string, options: RequestOptions = {}) {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // Files go as the browser's multipart form, which names its own boundary.
  const form = options.body instanceof FormData ? options.body : null;
  if (options.body !== undefined && !form) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
    headers['Idempotency-Key'] = options.idempotencyKey ?? crypto.randomUUID();
  }
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: form ?? (options.body === undefined ? null : JSON.stringify(options.body)),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiProblem(
      0,
      'Ingen forbindelse',
      'Budgetflow kunne ikke nås. Tjek forbindelsen og prøv igen; intet er gået tabt.',
      'network',
      [],
    );
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const json: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) throw problemOf(response, json);
  return json as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function problemOf(response: Response, json: unknown): ApiProblem {
  const body = (json ?? {}) as Partial<{
    title: string;
    detail: string;
    code: string;
    errors: FieldProblem[];
  }>;
  const retryAfter = response.headers.get('Retry-After');
  const fallback =
    response.status >= 500
      ? `Budgetflow svarer ikke lige nu${retryAfter ? `; prøv igen om ${retryAfter} sekunder` : '; prøv igen om lidt'}.`
      : `Forespørgslen blev afvist (${response.status}).`;
  return new ApiProblem(
    response.status,
    body.title ?? 'Fejl',
    body.detail ?? fallback,
    body.code,
    Array.isArray(body.errors) ? body.errors : [],
  );
}

/** A query string of the values that are set. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

import { DocumentError, type ImportWarning } from '@budgetflow/documents';

/** What the API did, or would do, with one document (POST /rounds/{round}/imports). */
export interface ServerDocument {
  readonly file: string;
  readonly kind: 'initiative' | 'minutes';
  readonly number: string | null;
  readonly title: string;
  readonly action: 'create' | 'update' | 'noChange' | 'refused';
  readonly reason: string | null;
  readonly changes: readonly {
    readonly field: string;
    readonly label: string;
    readonly before: string;
    readonly after: string;
  }[];
  readonly warnings: readonly ImportWarning[];
}

export interface ImportAnswer {
  readonly dryRun: boolean;
  readonly documents: readonly ServerDocument[];
}

/** The API as the import uses it: one file per upload, so a bar can follow many. */
export interface ImportClient {
  /** The server's answer for the file; a DocumentError when it could not read the file. */
  upload(fileName: string, bytes: Uint8Array, dryRun: boolean): Promise<ImportAnswer>;
  /** Signs out again when the client signed in itself. */
  close(): Promise<void>;
}

/** The server cannot go on with any file: not signed in, no such round, not reachable. */
export class ApiUnavailable extends Error {
  override readonly name = 'ApiUnavailable';
}

export interface ApiSettings {
  /** e.g. http://127.0.0.1:3000/api */
  readonly apiUrl: string;
  readonly roundId: string;
  /** A bearer token from POST /auth/tokens, or a login and password to get one with. */
  readonly credentials:
    { readonly token: string } | { readonly login: string; readonly password: string };
}

type Fetch = typeof fetch;

/** A lost connection or an API out for a moment is tried again: an upload is safe to repeat. */
const RETRY_DELAYS_MS = [500, 2_000, 5_000];

export async function connectImportClient(
  settings: ApiSettings,
  fetcher: Fetch = fetch,
): Promise<ImportClient> {
  const base = settings.apiUrl.replace(/\/+$/, '');
  const call = (path: string, init: RequestInit) => send(fetcher, `${base}${path}`, init, base);
  const ownSession = !('token' in settings.credentials);
  let token: string;
  if ('token' in settings.credentials) token = settings.credentials.token;
  else {
    const { login, password } = settings.credentials;
    const response = await call('/auth/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password }),
    });
    const body = await json(response);
    if (!response.ok) throw new ApiUnavailable(`Log-ind som ${login} afvist: ${detailOf(body)}`);
    token = String(body['token']);
  }
  const authorization = { authorization: `Bearer ${token}` };
  const path = `/rounds/${encodeURIComponent(settings.roundId)}/imports`;

  return {
    async upload(fileName, bytes, dryRun) {
      const form = new FormData();
      form.append('file', new Blob([bytes]), fileName);
      const response = await call(`${path}?dryRun=${dryRun}`, {
        method: 'POST',
        headers: authorization,
        body: form,
      });
      const body = await json(response);
      if (response.ok) return body as unknown as ImportAnswer;
      const detail = detailOf(body);
      if (response.status === 400 || response.status === 413) {
        // The file, not the import: the server says which and why, after the file's name.
        const errors = (body['errors'] as { message?: string }[] | undefined) ?? [];
        const reasons = errors.map((error) => String(error.message ?? ''));
        const reason = reasons.length > 0 ? reasons.join('; ') : detail;
        throw new DocumentError(reason.replace(`${fileName}: `, ''));
      }
      if (response.status === 401) {
        throw new ApiUnavailable(`Ikke logget ind: ${detail} (er tokenet udløbet?)`);
      }
      if (response.status === 403) throw new ApiUnavailable(`Ingen adgang: ${detail}`);
      if (response.status === 404) throw new ApiUnavailable(detail);
      throw new ApiUnavailable(`Budgetflow svarede ${response.status}: ${detail}`);
    },
    async close() {
      if (!ownSession) return;
      await call('/auth/sign-out', { method: 'POST', headers: authorization }).catch(
        () => undefined,
      );
    },
  };
}

async function send(fetcher: Fetch, url: string, init: RequestInit, base: string) {
  for (let attempt = 0; ; attempt++) {
    let response: Response | null = null;
    let failure: unknown = null;
    try {
      response = await fetcher(url, init);
    } catch (error) {
      failure = error;
    }
    const again = response === null || response.status === 502 || response.status === 503;
    const delay = RETRY_DELAYS_MS[attempt];
    if (!again || delay === undefined) {
      if (response) return response;
      const cause = failure instanceof Error ? (failure.cause ?? failure) : failure;
      throw new ApiUnavailable(
        `Budgetflow kan ikke nås på ${base} (${cause instanceof Error ? cause.message : String(cause)})`,
      );
    }
    await response?.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

async function json(response: Response): Promise<Record<string, unknown>> {
  const text = await response.text();
  try {
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    return { detail: text.slice(0, 200) };
  }
}

function detailOf(body: Record<string, unknown>): string {
  return typeof body['detail'] === 'string' ? body['detail'] : 'ukendt fejl';
}

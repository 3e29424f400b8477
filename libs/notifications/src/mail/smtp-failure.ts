/** Why an e-mail did not go out, and whether trying again can help. */
export interface SmtpFailure {
  /** The server refused the message for good (a 5xx reply): retrying gets the same answer. */
  readonly permanent: boolean;
  /** The server could not be reached or the connection broke: the others will fail too. */
  readonly unreachable: boolean;
  readonly message: string;
}

interface SmtpError {
  message?: unknown;
  code?: unknown;
  responseCode?: unknown;
  response?: unknown;
  permanent?: unknown;
}

// Bad credentials or configuration are the system's fault, not the message's: they are fixed
// and the e-mails then go out, so they are retried like an outage.
const configurationCodes = new Set(['EAUTH', 'ENOAUTH', 'EOAUTH2', 'ECONFIG', 'ETLS']);

/** Reads nodemailer's error: the SMTP reply when there was one, else the connection error. */
export function smtpFailure(error: unknown): SmtpFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SmtpError;
  const code = typeof e.code === 'string' ? e.code : undefined;
  const responseCode = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  const reply = typeof e.response === 'string' ? e.response.trim() : undefined;
  const text = reply ?? (typeof e.message === 'string' ? e.message : String(error));
  if (code && configurationCodes.has(code)) {
    return {
      permanent: false,
      unreachable: true,
      message: limit(`SMTP-opsætning (${code}): ${text}`),
    };
  }
  if (responseCode !== undefined) {
    const permanent =
      e.permanent === true || (responseCode >= 500 && responseCode < 600 && responseCode !== 503);
    return {
      permanent,
      unreachable: false,
      message: limit(`SMTP-serveren svarede ${reply ?? `${responseCode} ${text}`}`),
    };
  }
  return {
    permanent: false,
    unreachable: true,
    message: limit(`SMTP-serveren kunne ikke nås${code ? ` (${code})` : ''}: ${text}`),
  };
}

function limit(message: string): string {
  return message.length > 1000 ? `${message.slice(0, 999)}…` : message;
}

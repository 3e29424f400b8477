import { freePort } from '@budgetflow/local-stack';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpReceiver {
  readonly port: number;
  /** Every e-mail accepted, parsed, in the order it arrived. */
  readonly mails: ParsedMail[];
  stop(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 that accepts every e-mail, or refuses every recipient with
 * the given 5xx reply.
 */
export async function startSmtpReceiver(
  options: { port?: number; refuseWith?: { code: number; message: string } } = {},
): Promise<SmtpReceiver> {
  const port = options.port ?? (await freePort());
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    closeTimeout: 1_000,
    onRcptTo(_address, _session, callback) {
      const refusal = options.refuseWith;
      if (!refusal) return callback();
      callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          mails.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port,
    mails,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

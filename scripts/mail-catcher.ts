import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

// The local mail catcher of `npm start`: an SMTP server that takes every e-mail the API would
// send, keeps it as an .eml file (open it in any mail program) and says so in one line.

export interface MailCatcherOptions {
  /** 0 for any free port. */
  readonly port: number;
  /** Where the .eml files go; created when missing. */
  readonly dir: string;
  /** Defaults to 127.0.0.1: nothing outside this machine can hand it mail. */
  readonly host?: string;
  /** One line per e-mail: "✉ til <to>: <subject>". */
  readonly log?: (line: string) => void;
}

export interface MailCatcher {
  /** The port it listens on (the chosen one when `port` was 0). */
  readonly port: number;
  readonly dir: string;
  stop(): Promise<void>;
}

export async function startMailCatcher(options: MailCatcherOptions): Promise<MailCatcher> {
  const { dir, host = '127.0.0.1', log = (line: string) => console.log(line) } = options;
  await mkdir(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    banner: 'Budgetflow mail catcher: nothing leaves this machine',
    closeTimeout: 2_000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        count += 1;
        const file = join(
          dir,
          `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(count).padStart(4, '0')}.eml`,
        );
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address).join(', ');
        writeFile(file, raw)
          .then(() => simpleParser(raw))
          .then((mail) => {
            log(`✉ til ${to}: ${mail.subject ?? '(intet emne)'}`);
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server.on('error', reject);
    const listening = server.listen(options.port, host, () =>
      resolve(listening.address() as AddressInfo),
    );
  });
  return {
    port: address.port,
    dir,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

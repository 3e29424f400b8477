import { SingleBar } from 'cli-progress';

/** Where the command writes: results on stdout, messages and progress on stderr. */
export interface Output {
  line(text: string): void;
  error(text: string): void;
  /** A progress bar over `total` files, named by what is done to them ("Læser"). */
  progress(total: number, doing?: string): { increment(): void; stop(): void };
}

const noProgress = { increment: () => undefined, stop: () => undefined };

export function consoleOutput(options: { json: boolean }): Output {
  // While a bar is drawn, what is written waits for it, so the two do not tear each other.
  let held: { stream: NodeJS.WriteStream; text: string }[] | null = null;
  const write = (stream: NodeJS.WriteStream, text: string) => {
    if (held) held.push({ stream, text });
    else stream.write(`${text}\n`);
  };
  return {
    line: (text) => write(process.stdout, text),
    error: (text) => write(process.stderr, text),
    progress(total, doing = 'Læser') {
      // Only for a person watching many files; never in JSON or a pipe.
      if (options.json || total < 2 || !process.stderr.isTTY) return noProgress;
      const bar = new SingleBar({
        format: `${doing} {bar} {value}/{total} filer`,
        stream: process.stderr,
        hideCursor: true,
      });
      held = [];
      bar.start(total, 0);
      return {
        increment: () => bar.increment(),
        stop: () => {
          bar.stop();
          const waiting = held ?? [];
          held = null;
          for (const { stream, text } of waiting) stream.write(`${text}\n`);
        },
      };
    },
  };
}

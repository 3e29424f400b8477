import { SingleBar } from 'cli-progress';

/** Where the command writes: results on stdout, messages and progress on stderr. */
export interface Output {
  line(text: string): void;
  error(text: string): void;
  progress(total: number): { increment(): void; stop(): void };
}

const noProgress = { increment: () => undefined, stop: () => undefined };

export function consoleOutput(options: { json: boolean }): Output {
  return {
    line: (text) => void process.stdout.write(`${text}\n`),
    error: (text) => void process.stderr.write(`${text}\n`),
    progress(total) {
      // Only for a person watching many files; never in JSON or a pipe.
      if (options.json || total < 2 || !process.stderr.isTTY) return noProgress;
      const bar = new SingleBar({
        format: 'Læser {bar} {value}/{total} filer',
        stream: process.stderr,
        hideCursor: true,
      });
      bar.start(total, 0);
      return { increment: () => bar.increment(), stop: () => bar.stop() };
    },
  };
}

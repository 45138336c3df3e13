/** What a command may touch besides its arguments: output streams, the environment and the working folder. */

export interface CliIo {
  /** Standard output (results only: tables, JSON, event logs). */
  readonly stdout: NodeJS.WritableStream;
  /** Standard error (messages and the progress bar). */
  readonly stderr: NodeJS.WriteStream | NodeJS.WritableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const processIo = (): CliIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});

/** Writes text and resolves once the stream has taken it, so exiting afterwards loses nothing. */
export const writeText = (stream: NodeJS.WritableStream, text: string): Promise<void> =>
  new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });

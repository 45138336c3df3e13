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

/** Whether stdout's reader has gone away (`sagsflow … | head` closed the pipe). */
export interface PipeWatch {
  readonly closed: () => boolean;
}

/**
 * Listens for errors on `stream` so that a closed pipe (EPIPE) no longer crashes the process with an unhandled
 * 'error' event; writes still report every error through their callback, where `main` decides what it means.
 */
export const watchPipe = (stream: NodeJS.WritableStream): PipeWatch => {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") closed = true;
  });
  return { closed: () => closed };
};

/**
 * A progress bar on stderr that appears only for runs longer than a second (short runs stay quiet) and only on a
 * terminal; never with `--json`, whose consumers read stdout and stderr as data.
 */
import { SingleBar } from "cli-progress";
import type { OnProgress } from "../application";

export interface Progress {
  readonly onProgress: OnProgress;
  readonly stop: () => void;
}

const SHOW_AFTER_MS = 1_000;

export const noProgress: Progress = { onProgress: () => undefined, stop: () => undefined };

export const makeProgress = (stream: NodeJS.WritableStream, total: number): Progress => {
  const bar = new SingleBar({
    stream,
    format: "Simulerer |{bar}| {value}/{total} replikationer | {duration_formatted}",
    hideCursor: true,
    clearOnComplete: true,
  });
  let done = 0;
  let shown = false;
  const show = () => {
    if (shown) return;
    shown = true;
    bar.start(total, done);
  };
  const timer = setTimeout(show, SHOW_AFTER_MS);
  timer.unref();
  return {
    onProgress: (d) => {
      done = d;
      if (shown) bar.update(d);
    },
    stop: () => {
      clearTimeout(timer);
      if (shown) bar.stop();
    },
  };
};

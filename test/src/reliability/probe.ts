/** A probe class: named cases, each tried once and judged held or not, with a short reason for every miss. */

export interface ProbeCase {
  readonly name: string;
  /** Resolves with undefined when the case held, else with what went wrong. */
  readonly run: () => Promise<string | undefined>;
}

export interface ProbeResult {
  readonly name: string;
  readonly tried: number;
  readonly held: number;
  readonly misses: ReadonlyArray<string>;
  /** Figures measured on the way (e.g. the longest event-loop delay). */
  readonly figures: ReadonlyArray<string>;
}

const TIME_LIMIT_MS = 30_000;

/** Runs each case once, in order, under a time limit: a hang is a miss, never a stuck probe. */
export const runProbe = async (
  name: string,
  cases: ReadonlyArray<ProbeCase>,
  figures: () => ReadonlyArray<string> = () => [],
): Promise<ProbeResult> => {
  const misses: string[] = [];
  for (const c of cases) {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<string>((resolve) => {
      timer = setTimeout(
        () => resolve(`no answer within ${TIME_LIMIT_MS / 1000} s`),
        TIME_LIMIT_MS,
      );
    });
    const outcome = await Promise.race([
      c.run().catch((e: unknown) => `threw ${e instanceof Error ? e.message : String(e)}`),
      limit,
    ]);
    clearTimeout(timer);
    if (outcome !== undefined) misses.push(`${c.name}: ${outcome}`);
  }
  return {
    name,
    tried: cases.length,
    held: cases.length - misses.length,
    misses,
    figures: figures(),
  };
};

/** undefined when `ok`, else the message: keeps case bodies one expression long. */
export const expectThat = (ok: boolean, message: string): string | undefined =>
  ok ? undefined : message;

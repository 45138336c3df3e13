/** The `history kpis` and `history case` actions: replayed KPIs and one case's timeline from the stored
 *  history (`sag-*` streams), as Danish tables or JSON (docs/history.md "Replay"). */
import { Effect } from "effect";
import { OptionInvalid, storeLabel, withStoreFromEnv } from "../application";
import { caseTimeline, historyKpis } from "../history";
import type { CliIo } from "./cliIo";
import { formatCaseTimeline } from "./formatCaseTimeline";
import { formatHistoryKpis } from "./formatHistoryKpis";
import { toJsonText } from "./jsonOutput";
import type { CommandEffect } from "./commandEffect";

export interface HistoryKpisFlags {
  readonly from?: string;
  readonly to?: string;
  readonly json?: boolean;
}

export const historyKpisAction = (flags: HistoryKpisFlags, io: CliIo): CommandEffect =>
  Effect.map(
    withStoreFromEnv(io.env, (store) => historyKpis(store, { from: flags.from, to: flags.to })),
    (report) =>
      flags.json === true ? toJsonText(report) : formatHistoryKpis(report, storeLabel(io.env)),
  );

export const historyCaseAction = (
  caseId: string,
  flags: { readonly json?: boolean },
  io: CliIo,
): CommandEffect =>
  Effect.map(
    withStoreFromEnv(io.env, (store) =>
      Effect.catchTag(caseTimeline(store, caseId), "StreamNotFound", () =>
        Effect.fail(
          new OptionInvalid({
            option: "caseId",
            value: caseId,
            reason: `sagen findes ikke i ${storeLabel(io.env)}`,
          }),
        ),
      ),
    ),
    (timeline) => (flags.json === true ? toJsonText(timeline) : formatCaseTimeline(timeline)),
  );

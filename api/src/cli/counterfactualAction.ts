/** The `counterfactual` action: the stored cases re-simulated under a baseline and a variant, paired case by case
 *  (decision 0100); the baseline defaults to the file the variant extends. */
import { Effect } from "effect";
import {
  checkRunOptions,
  counterfactualScenarios,
  fileSource,
  OptionInvalid,
} from "../application";
import { counterfactualHistory, HistoryEmpty } from "../calibration";
import type { CliIo } from "./cliIo";
import { asFlagError } from "./asFlagError";
import { formatCounterfactual } from "./formatCounterfactual";
import { toJsonText } from "./jsonOutput";
import type { CommandEffect } from "./commandEffect";
import { withStoredHistory } from "./withStoredHistory";

export interface CounterfactualFlags {
  readonly baseline?: string;
  readonly from?: string;
  readonly to?: string;
  readonly seed: number;
  readonly replications: number;
  readonly json?: boolean;
}

const noBaseline = (variant: { readonly scenario: string }) =>
  new OptionInvalid({
    option: "--baseline",
    value: "(ingen)",
    reason: `${variant.scenario} udvider ikke et basisscenarie (extends); angiv --baseline`,
  });

export const counterfactualAction = (
  variantFile: string,
  flags: CounterfactualFlags,
  io: CliIo,
): CommandEffect =>
  asFlagError(
    Effect.gen(function* () {
      yield* checkRunOptions(flags);
      const { baseline, variant } = yield* counterfactualScenarios(
        fileSource,
        {
          variant: { scenario: variantFile },
          baseline: flags.baseline === undefined ? undefined : { scenario: flags.baseline },
        },
        noBaseline,
      );
      const scenarios = { baseline: baseline.params, variant: variant.params };
      const options = {
        from: flags.from,
        to: flags.to,
        seed: flags.seed,
        replications: flags.replications,
      };
      const replay = yield* withStoredHistory(io.env, (store) =>
        counterfactualHistory(store, scenarios, options),
      );
      if (replay.cases.length === 0) {
        const range = `${flags.from ?? "første sag"} til ${flags.to ?? "sidste sag"}`;
        return yield* Effect.fail(
          new HistoryEmpty({ reason: `ingen sager at genafspille fra ${range}` }),
        );
      }
      const report = { ...replay, baseline: baseline.id, variant: variant.id };
      return flags.json === true ? toJsonText(report) : formatCounterfactual(report);
    }),
  );

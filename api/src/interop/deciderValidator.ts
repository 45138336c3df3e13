/** Adapts the domain's case decider and event schema to the import's validation hooks: each mapped event is replayed
 *  as its command, so history obeys the same rules as simulation (architecture.md). A refused event is reported and
 *  left out of the state, so the later rows are judged against what the case really was. */
import { Result, Schema } from "effect";
import type { CaseEventLike } from "./historyEvent";
import type { CaseValidator, CaseViolation, EventDecoder } from "./mapCase";

/** Structural view of `caseDecider` from `@sagsflow/domain` (decide/evolve/initialState). */
export type DomainErrorLike = {
  readonly _tag: string;
  readonly rule?: string;
  readonly value?: string;
};
type Decision = Result.Result<ReadonlyArray<unknown>, DomainErrorLike>;

export interface CaseDeciderLike<State> {
  readonly decide: (command: never, state: State) => Decision;
  readonly evolve: (state: State, event: never) => State;
  readonly initialState: State;
}

/** Turns a refusal into a reason for humans (Danish, naming the rule and the dates involved). */
export type DescribeRefusal<State> = (
  error: DomainErrorLike,
  event: CaseEventLike,
  state: State,
) => Omit<CaseViolation, "index">;

const technical = (e: DomainErrorLike, event: CaseEventLike) => ({
  code: e._tag,
  reason: `${e._tag}: ${e.rule ?? "regel brudt"} (værdi "${e.value ?? ""}", ${event._tag} ${event.date})`,
});

/**
 * Replays events through `decide` (as the command that asks for each event) and `evolve`; every refused event is
 * reported. A case whose first event is refused for lack of a sygemelding gets that one reason only.
 * @param commandEvent the domain's `caseCommandEvent` table (command tag → event tag).
 * @example deciderValidator(caseDecider, caseCommandEvent, describeRefusal)
 */
export function deciderValidator<State>(
  decider: CaseDeciderLike<State>,
  commandEvent: Readonly<Record<string, string>>,
  describe: DescribeRefusal<State> = technical,
): CaseValidator {
  const commandFor = new Map(Object.entries(commandEvent).map(([cmd, ev]) => [ev, cmd] as const));
  const decide = decider.decide as (c: unknown, s: State) => Decision;
  const evolve = decider.evolve as (s: State, e: unknown) => State;
  return (events) => {
    let state = decider.initialState;
    const out: Array<CaseViolation> = [];
    for (const [index, event] of events.entries()) {
      const tag = commandFor.get(event._tag);
      if (tag === undefined) {
        out.push({
          index,
          code: "hændelse-ukendt",
          reason: `${event._tag} er ikke en hændelse i domænet`,
        });
        continue;
      }
      const decided = decide({ ...event, _tag: tag }, state);
      if (Result.isSuccess(decided)) {
        state = evolve(state, event);
        continue;
      }
      out.push({ index, ...describe(decided.failure, event, state) });
      // Without a sygemelding every later row would repeat the same reason.
      if (
        decided.failure._tag === "SygemeldingMissing" &&
        !events.some((e) => e._tag === "SygemeldingReceived")
      )
        break;
    }
    return out;
  };
}

/** CSV carries no types: numeric and true/false text become numbers and booleans for a second try. */
function typedFromText(raw: CaseEventLike): CaseEventLike {
  const out: Record<string, unknown> = { ...raw };
  for (const [k, v] of Object.entries(raw)) {
    if (k === "_tag" || k === "caseId" || k === "date" || typeof v !== "string") continue;
    if (/^-?\d+(\.\d+)?$/.test(v)) out[k] = Number(v);
    else if (v === "true" || v === "false") out[k] = v === "true";
  }
  return out as CaseEventLike;
}

/** Explains a failed decode per field (Danish); the schema's own message is the fallback. */
export type ExplainDecode = (
  raw: CaseEventLike,
  schemaMessage: string,
) => ReadonlyArray<{ field: string; code: string; message: string }>;

/**
 * Decodes raw mapped events with the domain's `CaseEvent` schema; when the raw event fails, the same event with typed
 * text (see typedFromText) is tried, so sagsflow's own CSV re-imports.
 * @example schemaDecoder(CaseEvent, explainFields)
 */
export function schemaDecoder(
  schema: Schema.Decoder<CaseEventLike>,
  explain?: ExplainDecode,
): EventDecoder {
  const decode = Schema.decodeUnknownResult(schema);
  return (raw) => {
    const r = decode(raw);
    if (Result.isSuccess(r)) return Result.succeed(r.success);
    const typed = typedFromText(raw);
    const retry = decode(typed);
    if (Result.isSuccess(retry)) return Result.succeed(retry.success);
    const message = r.failure.message.replace(/\s+/g, " ");
    const explained = explain?.(typed, message) ?? [];
    return Result.fail(
      explained.length > 0
        ? explained
        : [{ field: "", code: "skema", message: `${raw._tag}: ${message}` }],
    );
  };
}

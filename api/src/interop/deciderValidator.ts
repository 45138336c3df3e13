/** Adapts the domain's case decider and event schema to the import's validation hooks: each mapped
 *  event is replayed as its command, so history obeys the same rules as simulation (architecture.md). */
import { Result, Schema } from "effect";
import type { CaseEventLike } from "./historyEvent";
import type { CaseValidator, EventDecoder } from "./mapCase";

/** Structural view of `caseDecider` from `@sagsflow/domain` (decide/evolve/initialState). */
type DomainErrorLike = { readonly _tag: string; readonly rule?: string; readonly value?: string };
type Decision = Result.Result<ReadonlyArray<unknown>, DomainErrorLike>;

export interface CaseDeciderLike<State> {
  readonly decide: (command: never, state: State) => Decision;
  readonly evolve: (state: State, event: never) => State;
  readonly initialState: State;
}

/**
 * Replays events through `decide` (as the command that asks for each event) and `evolve`;
 * the first refused event is reported with the domain error's tag, rule and value.
 * @param commandEvent the domain's `caseCommandEvent` table (command tag → event tag).
 * @example deciderValidator(caseDecider, caseCommandEvent)
 */
export function deciderValidator<State>(
  decider: CaseDeciderLike<State>,
  commandEvent: Readonly<Record<string, string>>,
): CaseValidator {
  const commandFor = new Map(Object.entries(commandEvent).map(([cmd, ev]) => [ev, cmd] as const));
  const decide = decider.decide as (c: unknown, s: State) => Decision;
  const evolve = decider.evolve as (s: State, e: unknown) => State;
  return (events: ReadonlyArray<CaseEventLike>) => {
    let state = decider.initialState;
    for (const [index, event] of events.entries()) {
      const tag = commandFor.get(event._tag);
      if (tag === undefined)
        return [{ index, reason: `${event._tag} has no command in the domain` }];
      const decided = decide({ ...event, _tag: tag }, state);
      if (Result.isFailure(decided)) {
        const e = decided.failure;
        return [
          {
            index,
            reason: `${e._tag}: ${e.rule ?? "rule broken"} (value "${e.value ?? ""}", ${event._tag} on ${event.date})`,
          },
        ];
      }
      state = evolve(state, event);
    }
    return [];
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

/**
 * Decodes raw mapped events with the domain's `CaseEvent` schema; when the raw event fails, the
 * same event with typed text (see typedFromText) is tried, so sagsflow's own CSV re-imports.
 * @example schemaDecoder(CaseEvent)
 */
export function schemaDecoder(schema: Schema.Decoder<CaseEventLike>): EventDecoder {
  const decode = Schema.decodeUnknownResult(schema);
  return (raw) => {
    const r = decode(raw);
    if (Result.isSuccess(r)) return Result.succeed(r.success);
    const retry = decode(typedFromText(raw));
    return Result.isSuccess(retry)
      ? Result.succeed(retry.success)
      : Result.fail(r.failure.message.replace(/\s+/g, " "));
  };
}

/** Decider for `rekruttering-<id>` streams: received once, filled position by position until full, or expired. */
import { Result } from "effect";
import type { RekrutteringCommand } from "../commands/rekrutteringCommands";
import * as E from "../errors/rekrutteringErrors";
import type { RekrutteringEvent } from "../events/rekrutteringEvents";
import type { Decider } from "./decider";

export interface RekrutteringState {
  readonly status: "new" | "open" | "filled" | "expired";
  readonly rekrutteringId: string;
  readonly sector: string;
  readonly positions: number;
  readonly filled: number;
  /** Deadline as ISO date (comparisons on ISO strings are chronological). */
  readonly deadline: string;
}

export const initialRekrutteringState: RekrutteringState = {
  status: "new",
  rekrutteringId: "",
  sector: "",
  positions: 0,
  filled: 0,
  deadline: "",
};

export const evolveRekruttering = (
  s: RekrutteringState,
  e: RekrutteringEvent,
): RekrutteringState => {
  switch (e._tag) {
    case "RekrutteringsanmodningReceived":
      return {
        status: "open",
        rekrutteringId: e.rekrutteringId,
        sector: e.sector,
        positions: e.positions,
        filled: 0,
        deadline: e.deadline,
      };
    case "RekrutteringsanmodningFilled": {
      const filled = s.filled + 1;
      return { ...s, filled, status: filled >= s.positions ? "filled" : s.status };
    }
    case "RekrutteringsanmodningExpired":
      return { ...s, status: "expired" };
  }
};

const fields = (id: string, rule: string, value: string) => ({ rekrutteringId: id, rule, value });

export const decideRekruttering = (
  c: RekrutteringCommand,
  s: RekrutteringState,
): Result.Result<ReadonlyArray<RekrutteringEvent>, E.RekrutteringError> => {
  if (c._tag === "ReceiveRekrutteringsanmodning") {
    if (s.status !== "new")
      return Result.fail(
        new E.RekrutteringsanmodningAlreadyReceived(
          fields(c.rekrutteringId, "one anmodning per stream", c.date),
        ),
      );
    return Result.succeed([{ ...c, _tag: "RekrutteringsanmodningReceived" }]);
  }
  if (s.status === "new")
    return Result.fail(
      new E.RekrutteringsanmodningMissing(
        fields(c.rekrutteringId, "nothing before the anmodning", c._tag),
      ),
    );
  if (s.status !== "open")
    return Result.fail(
      new E.RekrutteringsanmodningNotOpen(
        fields(c.rekrutteringId, `${c._tag} needs an open anmodning`, s.status),
      ),
    );
  if (c._tag === "FillRekrutteringsanmodning") {
    if (c.date > s.deadline)
      return Result.fail(
        new E.RekrutteringsanmodningNotOpen(
          fields(c.rekrutteringId, `filled by the deadline ${s.deadline}`, c.date),
        ),
      );
    return Result.succeed([{ ...c, _tag: "RekrutteringsanmodningFilled" }]);
  }
  return Result.succeed([{ ...c, _tag: "RekrutteringsanmodningExpired" }]);
};

export const rekrutteringDecider: Decider<
  RekrutteringCommand,
  RekrutteringEvent,
  RekrutteringState,
  E.RekrutteringError
> = {
  decide: decideRekruttering,
  evolve: evolveRekruttering,
  initialState: initialRekrutteringState,
};

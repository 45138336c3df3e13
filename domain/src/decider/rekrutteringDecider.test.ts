import { describe, it } from "vitest";
import type { RekrutteringCommand } from "../commands/rekrutteringCommands";
import type { RekrutteringEvent } from "../events/rekrutteringEvents";
import { d } from "../testing/fixtures";
import { givenFor } from "../testing/given";
import { rekrutteringDecider } from "./rekrutteringDecider";

const given = givenFor(rekrutteringDecider);
const id = { rekrutteringId: "r1" };
const received: RekrutteringEvent = {
  ...id,
  _tag: "RekrutteringsanmodningReceived",
  date: d("2024-03-01"),
  employerId: "e1",
  sector: "sundhed",
  positions: 2,
  deadline: d("2024-04-01"),
};
const fill = (date: string, caseId: string): RekrutteringCommand => ({
  ...id,
  _tag: "FillRekrutteringsanmodning",
  date: d(date),
  caseId,
});
const filled = (date: string, caseId: string): RekrutteringEvent => ({
  ...id,
  _tag: "RekrutteringsanmodningFilled",
  date: d(date),
  caseId,
});

describe("rekrutteringsanmodning", () => {
  it("records the anmodning", () => {
    const { _tag, ...payload } = received;
    given([])
      .when({ ...payload, _tag: "ReceiveRekrutteringsanmodning" } as RekrutteringCommand)
      .then([received]);
  });
  it("rejects a fill before the anmodning", () => {
    given([]).when(fill("2024-03-02", "c1")).thenFails("RekrutteringsanmodningMissing");
  });
  it("fills positions by case until full, then rejects more", () => {
    given([received])
      .when(fill("2024-03-05", "c1"))
      .then([filled("2024-03-05", "c1")]);
    given([received, filled("2024-03-05", "c1"), filled("2024-03-06", "c2")])
      .when(fill("2024-03-07", "c3"))
      .thenFails("RekrutteringsanmodningNotOpen");
  });
  it("rejects a fill after the deadline and anything after expiry", () => {
    given([received]).when(fill("2024-04-02", "c1")).thenFails("RekrutteringsanmodningNotOpen");
    const expired: RekrutteringEvent = {
      ...id,
      _tag: "RekrutteringsanmodningExpired",
      date: d("2024-04-02"),
    };
    given([received, expired])
      .when(fill("2024-04-02", "c1"))
      .thenFails("RekrutteringsanmodningNotOpen");
  });
  it("rejects a second anmodning on the same stream", () => {
    const { _tag, ...payload } = received;
    given([received])
      .when({ ...payload, _tag: "ReceiveRekrutteringsanmodning" } as RekrutteringCommand)
      .thenFails("RekrutteringsanmodningAlreadyReceived");
  });
});

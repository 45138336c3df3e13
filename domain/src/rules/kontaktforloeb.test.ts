import { describe, expect, it } from "vitest";
import { toEpochDay } from "../time/epochDay";
import { aKasseHoldsFirstMonths } from "./kontaktforloeb";

describe("the a-kasse's first 3 months of the kontaktforløb (domain.md §2.2)", () => {
  it("apply only from the forenklet kontaktforløb (2024), not to the years before it existed", () => {
    expect(aKasseHoldsFirstMonths(toEpochDay("2016-05-01"))).toBe(false);
    expect(aKasseHoldsFirstMonths(toEpochDay("2023-12-31"))).toBe(false);
    expect(aKasseHoldsFirstMonths(toEpochDay("2024-01-01"))).toBe(true);
    expect(aKasseHoldsFirstMonths(toEpochDay("2026-03-01"))).toBe(true);
  });
});

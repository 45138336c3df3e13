/** The shared contract every EventStore adapter runs: a core part always, a durability part for durable adapters. */
import { afterAll, describe, it } from "vitest";
import type { ContractOptions, MakeStore } from "./contractTypes";
import { coreAppendTests } from "./coreAppendTests";
import { coreReadTests } from "./coreReadTests";
import { coreSubscriptionTests } from "./coreSubscriptionTests";
import { durabilityTests } from "./durabilityTests";
import { eventIdTests } from "./eventIdTests";

const counting = () => {
  let registered = 0;
  const register = (name: string, body: () => Promise<void>, timeout?: number) => {
    registered += 1;
    it(name, body, timeout ?? 30_000);
  };
  return { register, count: () => registered };
};

/**
 * Registers the contract as vitest tests and prints which parts ran.
 * @example
 * eventStoreContract("memory", (env) => Effect.succeed(makeMemoryEventStore(env)), { durable: false })
 */
export const eventStoreContract = (
  name: string,
  makeStore: MakeStore,
  options: ContractOptions,
): void => {
  describe(`EventStore contract: ${name}`, () => {
    const core = counting();
    const durability = counting();
    describe("core", () => {
      coreAppendTests(core.register, makeStore);
      coreReadTests(core.register, makeStore);
      coreSubscriptionTests(core.register, makeStore);
      eventIdTests(core.register, makeStore, options.limits ?? {});
    });
    if (options.durable) {
      describe("durability", () => durabilityTests(durability.register, options.makeStorage));
    }
    afterAll(() => {
      const durable = options.durable
        ? `ran (${durability.count()} tests)`
        : `not run because the adapter declares durable: false${options.reason ? ` (${options.reason})` : ""}`;
      const limits = Object.entries(options.limits ?? {}).map(([k, why]) => `; ${k}: ${why}`);
      console.log(
        `[eventstore contract ${name}] core: ${core.count()} tests; durability: ${durable}${limits.join("")}`,
      );
    });
  });
};

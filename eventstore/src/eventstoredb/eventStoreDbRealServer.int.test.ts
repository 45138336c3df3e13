/**
 * The full contract (core and durability) against a real EventStoreDB/KurrentDB when EVENTSTOREDB_URL is set,
 * each test in a private stream namespace so the server's existing data is neither needed nor touched.
 */
import { describe, it } from "vitest";
import {
  esdbDurabilityContract,
  freshNamespace,
  openNamespaced,
} from "../../testing/esdbDurability";
import { eventStoreContract } from "../contract";
import { ESDB_LIMITS } from "./esdbLimits";

const url = process.env.EVENTSTOREDB_URL;

if (url === undefined || url === "") {
  const why =
    "not run: EVENTSTOREDB_URL is not set (e.g. EVENTSTOREDB_URL='esdb://127.0.0.1:2113?tls=false')";
  console.log(`[eventstore contract eventstoredb (real server)] ${why}`);
  describe("EventStore contract: eventstoredb (real server)", () => {
    it.skip(`core and durability ${why}`, () => {});
  });
} else {
  eventStoreContract(
    "eventstoredb (real server)",
    (environment) => openNamespaced(url, freshNamespace(), environment),
    {
      durable: false,
      reason: "durability runs in its own describe below, with the server-specific storage",
      limits: ESDB_LIMITS,
    },
  );
  esdbDurabilityContract("eventstoredb (real server)", () => url);
}

/** The in-memory adapter runs the core contract; it keeps nothing across processes, so durability does not apply. */
import { Effect } from "effect";
import { eventStoreContract } from "../contract";
import { makeMemoryEventStore } from "./memoryEventStore";

eventStoreContract("memory", (environment) => Effect.succeed(makeMemoryEventStore(environment)), {
  durable: false,
  reason: "state lives in one process only",
});

/** Durability contract (races between connections, killed writer, reopen) over one long-lived gRPC test double. */
import { afterAll, beforeAll } from "vitest";
import { type EsdbTestDouble, startEsdbTestDouble } from "../../testing/esdbTestDouble";
import { esdbDurabilityContract } from "../../testing/esdbDurability";

let double: EsdbTestDouble | undefined;
beforeAll(async () => {
  double = await startEsdbTestDouble();
});
afterAll(() => double?.stop());

esdbDurabilityContract("eventstoredb (gRPC test double)", () => {
  if (double === undefined) throw new Error("test double not started");
  return double.url;
});

/** A missing or silent server fails fast with EventStoreUnavailable naming the URL (the CLI maps it to exit 3). */
import { createServer, type Server, type Socket } from "node:net";
import { Effect } from "effect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEnvironment } from "../contract/contractTypes";
import { testEventCodec } from "../contract/testEvents";
import { makeEventStoreDbStore } from "./makeEventStoreDbStore";

const failureOpening = (url: string, connectTimeoutMs?: number) =>
  Effect.runPromise(
    Effect.flip(
      makeEventStoreDbStore({
        url,
        ...testEnvironment(testEventCodec),
        ...(connectTimeoutMs === undefined ? {} : { connectTimeoutMs }),
      }),
    ),
  );

describe("an unreachable EventStoreDB", () => {
  let silent: Server;
  let silentPort = 0;
  const sockets = new Set<Socket>();
  beforeAll(async () => {
    // Accepts TCP connections and never answers: a hung server or a black-holing proxy.
    silent = createServer((socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const address = silent.address();
    silentPort = typeof address === "object" && address !== null ? address.port : 0;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it("reports a refused connection as EventStoreUnavailable with the URL, well within 15 s", async () => {
    const url = "esdb://127.0.0.1:1?tls=false";
    const error = await failureOpening(url);
    expect(error).toMatchObject({ _tag: "EventStoreUnavailable", url });
    expect(error.message).toContain(url);
    expect(error.message.split("\n")).toHaveLength(1);
  }, 15_000);

  it("gives up on a server that never answers after the connect timeout", async () => {
    const url = `esdb://127.0.0.1:${silentPort}?tls=false`;
    const error = await failureOpening(url, 300);
    expect(error).toMatchObject({
      _tag: "EventStoreUnavailable",
      url,
      reason: "no answer within 300 ms",
    });
  }, 15_000);

  it("never shows the password of the connection string", async () => {
    const error = await failureOpening("esdb://admin:changeit@127.0.0.1:1?tls=false");
    expect(error.message).toContain("esdb://admin:***@127.0.0.1:1");
    expect(error.message).not.toContain("changeit");
  }, 15_000);
});

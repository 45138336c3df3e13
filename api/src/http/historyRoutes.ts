/**
 * History routes over the History I services (api/src/history): streamed import with a size limit, monthly KPIs,
 * a case's timeline and exports. Without a history store they answer 501 problem+json.
 */
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { caseEventTags, type DomainEvent } from "@sagsflow/domain";
import type { EventStore } from "@sagsflow/eventstore";
import { Effect } from "effect";
import { Hono } from "hono";
import {
  caseTimeline,
  exportHistory,
  historyKpis,
  importIntoStore,
  type StoreImportResult,
} from "../history";
import { type HistoryFormat, sagsflowMapping } from "../interop";
import { FeatureUnavailable, RequestInvalid } from "../server/apiErrors";
import { problem } from "./problem";
import { failWith, fromProblem, json, respond } from "./respond";

export interface HistoryRoutesDeps {
  readonly store: EventStore<DomainEvent>;
  readonly pseudoKey?: string | undefined;
}

const FORMATS: ReadonlyArray<HistoryFormat> = ["csv", "xes", "ocel"];
const CONTENT_TYPES: Readonly<Record<HistoryFormat, string>> = {
  csv: "text/csv; charset=utf-8",
  xes: "application/xml; charset=utf-8",
  ocel: "application/json; charset=utf-8",
};

const formatOf = (raw: string | undefined): HistoryFormat | RequestInvalid =>
  FORMATS.includes(raw as HistoryFormat)
    ? (raw as HistoryFormat)
    : new RequestInvalid({
        field: "format",
        value: raw ?? "(mangler)",
        reason: "skal være csv, xes eller ocel",
        status: 400,
      });

/** `?partial=` and `?dryRun=`: `true`/`false` (absent = false), anything else is a 400 naming the field. */
const flagOf = (name: string, raw: string | undefined): boolean | RequestInvalid =>
  raw === undefined || raw === "false"
    ? false
    : raw === "true"
      ? true
      : new RequestInvalid({
          field: name,
          value: raw,
          reason: "skal være true eller false",
          status: 400,
        });

/**
 * 201 when everything was stored, or what `partial` stored; 200 for a dry run; 422 when rows were rejected and, the
 * file being all-or-nothing, nothing was stored (the report says which and why), as the CLI's exit 4.
 */
const importAnswer = (r: StoreImportResult, dryRun: boolean): Response => {
  if (dryRun) return json(r, 200);
  if (r.rejected === 0 || r.mode === "delvis") return json(r, 201);
  return fromProblem(
    problem(
      422,
      "import-rejected",
      `${r.rejected} sager afvist; intet er gemt. Ret filen, eller send ?partial=true for at gemme de gyldige sager`,
      { field: "body", value: `${r.rejected} afviste sager`, report: r },
    ),
  );
};

/** Streams the upload to a temporary file, refusing it once it passes `limit` bytes. */
const saveUpload = async (request: Request, limit: number, file: string): Promise<boolean> => {
  if (request.body === null) return true;
  let size = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.byteLength;
      done(size > limit ? new Error("limit") : null, chunk);
    },
  });
  return pipeline(Readable.fromWeb(request.body as never), cap, createWriteStream(file)).then(
    () => true,
    () => false,
  );
};

export const historyRoutes = (
  history: HistoryRoutesDeps | undefined,
  maxUploadBytes: number,
): Hono => {
  const app = new Hono();
  if (history === undefined) {
    const unavailable = () =>
      failWith(new FeatureUnavailable({ feature: "historik (intet historiklager)" }));
    app.post("/history/imports", unavailable);
    for (const path of ["/history/kpis", "/cases/:id", "/exports/:file"])
      app.get(path, unavailable);
    return app;
  }
  const { store } = history;
  app.post("/history/imports", async (c) => {
    const format = formatOf(c.req.query("format"));
    if (format instanceof RequestInvalid) return failWith(format);
    const partial = flagOf("partial", c.req.query("partial"));
    if (partial instanceof RequestInvalid) return failWith(partial);
    const dryRun = flagOf("dryRun", c.req.query("dryRun"));
    if (dryRun instanceof RequestInvalid) return failWith(dryRun);
    const declared = Number(c.req.header("content-length") ?? "NaN");
    const tooLarge = () =>
      fromProblem(
        problem(413, "payload-too-large", `filen er over ${maxUploadBytes} bytes`, {
          field: "body",
          value: String(declared),
          limit: maxUploadBytes,
        }),
      );
    if (declared > maxUploadBytes) return tooLarge();
    const dir = await mkdtemp(join(tmpdir(), "sagsflow-upload-"));
    try {
      const file = join(dir, `upload.${format === "ocel" ? "json" : format}`);
      if (!(await saveUpload(c.req.raw, maxUploadBytes, file))) return tooLarge();
      const options = {
        mapping: sagsflowMapping(caseEventTags),
        store,
        format,
        pseudoKey: history.pseudoKey,
        partial,
        dryRun,
      };
      return await respond(importIntoStore(file, options), (r) => importAnswer(r, dryRun));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  app.get("/history/kpis", (c) =>
    respond(historyKpis(store, { from: c.req.query("from"), to: c.req.query("to") }), (r) =>
      json(r),
    ),
  );
  app.get("/cases/:id", (c) =>
    respond(
      Effect.catchTag(
        caseTimeline(store, c.req.param("id"), c.req.query("asOf")),
        "StreamNotFound",
        () =>
          Effect.fail(
            new RequestInvalid({
              field: "id",
              value: c.req.param("id"),
              reason: "sagen findes ikke",
              status: 404,
            }),
          ),
      ),
      (t) => json(t),
    ),
  );
  app.get("/exports/:file", (c) => {
    const file = c.req.param("file");
    const format = formatOf(
      file.startsWith("history.") ? file.slice("history.".length) : undefined,
    );
    if (format instanceof RequestInvalid) return failWith(format);
    return respond(
      exportHistory(store, { format }),
      (text) => new Response(text, { headers: { "content-type": CONTENT_TYPES[format] } }),
    );
  });
  return app;
};

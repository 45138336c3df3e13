/**
 * Reads a request body under a size limit and decodes it with a Schema. Every refusal is a problem naming the field
 * and value: 415 wrong content type, 413 too large, 400 malformed or too deeply nested JSON (checked before anything
 * walks it), 422 a value the schema rejects.
 */
import { MAX_NESTING, nestsDeeperThan } from "@sagsflow/scenarios";
import { Result, Schema, SchemaIssue } from "effect";
import { type Problem, problem } from "./problem";

/** Reads at most `limit` bytes; undefined when the body is larger (checked while streaming, not only by header). */
export const readLimited = async (
  request: Request,
  limit: number,
): Promise<Uint8Array | undefined> => {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) return undefined;
  if (request.body === null) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
};

const valueAt = (input: unknown, path: ReadonlyArray<PropertyKey>): unknown =>
  path.reduce<unknown>(
    (n, k) =>
      typeof n === "object" && n !== null ? (n as Record<PropertyKey, unknown>)[k] : undefined,
    input,
  );

const show = (u: unknown): string => {
  if (u === undefined) return "(mangler)";
  const text = JSON.stringify(u) ?? String(u);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

/** Decodes `input` or returns a 422 problem listing every field that failed. */
export const decodeInput = <S extends Schema.Top & { readonly DecodingServices: never }>(
  schema: S,
  input: unknown,
): Result.Result<S["Type"], Problem> => {
  const decoded = Schema.decodeUnknownResult(schema, { onExcessProperty: "error", errors: "all" })(
    input,
  );
  if (Result.isSuccess(decoded)) return Result.succeed(decoded.success);
  const issues = SchemaIssue.makeFormatterStandardSchemaV1()(decoded.failure.issue).issues.map(
    (i) => {
      const path = (i.path ?? []).map((p) => (typeof p === "object" ? p.key : p));
      return {
        field: path.map(String).join("."),
        value: show(valueAt(input, path)),
        message: i.message,
      };
    },
  );
  const first = issues[0];
  const detail =
    first === undefined
      ? "ugyldigt indhold"
      : `${first.field || "(rod)"} = ${first.value}: ${first.message}`;
  return Result.fail(
    problem(422, "validation", detail, {
      field: first?.field ?? "",
      value: first?.value ?? "",
      problems: issues,
    }),
  );
};

/** Reads and decodes a JSON body. */
export const readJson = async <S extends Schema.Top & { readonly DecodingServices: never }>(
  request: Request,
  schema: S,
  limit: number,
): Promise<Result.Result<S["Type"], Problem>> => {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) {
    return Result.fail(
      problem(415, "unsupported-media-type", "brug Content-Type: application/json", {
        field: "Content-Type",
        value: type || "(mangler)",
      }),
    );
  }
  const bytes = await readLimited(request, limit);
  if (bytes === undefined) {
    return Result.fail(
      problem(413, "payload-too-large", `indholdet er over ${limit} bytes`, {
        field: "body",
        value: request.headers.get("content-length") ?? "(strøm)",
        limit,
      }),
    );
  }
  let input: unknown;
  try {
    input = JSON.parse(new TextDecoder().decode(bytes));
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : "ugyldig JSON";
    return Result.fail(
      problem(400, "malformed-json", `indholdet er ikke gyldig JSON: ${reason}`, {
        field: "body",
        value: show(new TextDecoder().decode(bytes.slice(0, 60))),
      }),
    );
  }
  if (nestsDeeperThan(input, MAX_NESTING)) {
    return Result.fail(
      problem(400, "nesting-too-deep", `JSON er indlejret dybere end ${MAX_NESTING} niveauer`, {
        field: "body",
        value: show(new TextDecoder().decode(bytes.slice(0, 60))),
        limit: MAX_NESTING,
      }),
    );
  }
  return decodeInput(schema, input);
};

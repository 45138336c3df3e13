/** /openapi.json: OpenAPI 3.1 built from the same Schemas that decode the requests (apiSchemas.ts). */
import { ScheduleInput } from "@sagsflow/scenarios";
import { Schema } from "effect";
import * as C from "../contracts/responseSchemas";
import * as S from "./apiSchemas";

type Op = {
  summary: string;
  request?: string;
  response?: string;
  status?: number;
  problems: ReadonlyArray<number>;
};

const ROUTES: Readonly<Record<string, Readonly<Record<string, Op>>>> = {
  "/health": { get: { summary: "Serverens tilstand", response: "Health", problems: [] } },
  "/api/scenarios": {
    get: {
      summary: "Biblioteks- og gemte scenarier med familie og spørgsmål",
      response: "ScenarioSummary[]",
      problems: [],
    },
    post: {
      summary: "Gem en ny variant (version 1)",
      request: "ScenarioBody",
      response: "ScenarioDetail",
      status: 201,
      problems: [400, 409, 413, 415, 422],
    },
  },
  "/api/scenarios/validate": {
    post: {
      summary: "Valider scenarietekst uden at gemme",
      request: "ScenarioBody",
      problems: [400, 413, 415, 422],
    },
  },
  "/api/scenarios/{id}": {
    get: {
      summary:
        "Ét scenarie med YAML; ETag er versionen; id kan rumme familiemappen (naestved/resultatteam)",
      response: "ScenarioDetail",
      problems: [404],
    },
    put: {
      summary: "Ny version; kræver If-Match med versionen",
      request: "ScenarioBody",
      response: "ScenarioDetail",
      problems: [400, 404, 409, 412, 413, 415, 422, 428],
    },
  },
  "/api/comparisons": {
    get: { summary: "Alle sammenligninger (uden resultater)", problems: [] },
    post: {
      summary: "Start en sammenligning; 202 med Location",
      request: "ComparisonRequest",
      response: "Comparison",
      status: 202,
      problems: [400, 404, 413, 415, 422, 429],
    },
  },
  "/api/comparisons/{id}": {
    get: { summary: "Status, parametre og resultat", response: "Comparison", problems: [404] },
    delete: {
      summary: "Annullér en igangværende kørsel",
      response: "Comparison",
      problems: [404, 409],
    },
  },
  "/api/comparisons/{id}/events": {
    get: { summary: "Server-Sent Events: progress, partial, done", problems: [404] },
  },
  "/api/comparisons/{id}/rerun": {
    post: {
      summary: "Kør igen (alle slags kørsler) med samme frø, standarder og scenarieversioner",
      response: "Comparison",
      status: 202,
      problems: [404, 429],
    },
  },
  "/api/comparisons/{id}/charts": {
    get: {
      summary:
        "Diagramdata (forløb, ventetider, rettidighed, kapacitet) fra replikation 0, beregnet én gang",
      problems: [404, 409],
    },
  },
  "/api/sensitivity": {
    post: {
      summary:
        "Følsomhed for en variant (issue 7): estimater én ad gangen og Latin hypercube; 202 med Location",
      request: "SensitivityRequest",
      status: 202,
      problems: [400, 404, 413, 415, 422, 429],
    },
  },
  "/api/sensitivity/{id}": {
    get: { summary: "Status og rapport (kontrakten øverst, som CLI'en)", problems: [404] },
    delete: { summary: "Annullér en igangværende kørsel", problems: [404, 409] },
  },
  "/api/sensitivity/{id}/events": {
    get: { summary: "Server-Sent Events: progress, done", problems: [404] },
  },
  "/api/counterfactuals": {
    post: {
      summary: "Historikken genafspillet under baseline og variant (History II); 202 med Location",
      request: "CounterfactualRequest",
      status: 202,
      problems: [400, 404, 409, 413, 415, 422, 429],
    },
  },
  "/api/counterfactuals/{id}": {
    get: {
      summary: "Status og forskelle pr. sag og samlet (kontrakten øverst, som CLI'en)",
      problems: [404],
    },
    delete: { summary: "Annullér en igangværende kørsel", problems: [404, 409] },
  },
  "/api/counterfactuals/{id}/events": {
    get: { summary: "Server-Sent Events: progress, done", problems: [404] },
  },
  "/api/history/imports": {
    post: {
      summary: "Importér historik (?format=csv|xes|ocel), streamet med størrelsesgrænse",
      status: 201,
      problems: [400, 413, 422, 501],
    },
  },
  "/api/history/kpis": {
    get: { summary: "Månedlige nøgletal for historikken (?from=&to=)", problems: [400, 501] },
  },
  "/api/cases/{id}": { get: { summary: "En sags tidslinje med frister", problems: [404, 501] } },
  "/api/exports/history.{format}": {
    get: { summary: "Eksport af historikken som csv, xes eller ocel", problems: [400, 501] },
  },
};

const ref = (name: string) =>
  name.endsWith("[]")
    ? { type: "array", items: { $ref: `#/components/schemas/${name.slice(0, -2)}` } }
    : { $ref: `#/components/schemas/${name}` };

const operation = (op: Op) => ({
  summary: op.summary,
  ...(op.request === undefined
    ? {}
    : {
        requestBody: {
          required: true,
          content: { "application/json": { schema: ref(op.request) } },
        },
      }),
  responses: {
    [String(op.status ?? 200)]: {
      description: "OK",
      ...(op.response === undefined
        ? {}
        : { content: { "application/json": { schema: ref(op.response) } } }),
    },
    ...Object.fromEntries(
      op.problems.map((s) => [
        String(s),
        {
          description: "Problem",
          content: { "application/problem+json": { schema: ref("Problem") } },
        },
      ]),
    ),
  },
});

const SCHEMAS = [
  S.ComparisonRequestBody,
  S.SensitivityRequestBody,
  S.CounterfactualRequestBody,
  S.ScenarioBody,
  S.ScenarioSummary,
  S.ScenarioDetail,
  S.ComparisonView,
  C.ComparisonResult,
  C.RunEvent,
  S.ProblemDetails,
  S.Health,
  // The YAML form of a scheduled parameter (docs/scenarios.md, "Parameters that change over time").
  ScheduleInput,
];

export const openApiDocument = () => {
  const schemas: Record<string, unknown> = {};
  for (const schema of SCHEMAS) {
    const doc = Schema.toJsonSchemaDocument(schema);
    Object.assign(schemas, doc.definitions);
    const id = schema.ast.annotations?.identifier;
    if (typeof id === "string" && !(id in schemas)) schemas[id] = doc.schema;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "sagsflow API",
      version: "1",
      description: "Se docs/api.md for eksempler og SSE-format.",
    },
    paths: Object.fromEntries(
      Object.entries(ROUTES).map(([p, ops]) => [
        p,
        Object.fromEntries(Object.entries(ops).map(([m, op]) => [m, operation(op)])),
      ]),
    ),
    components: { schemas, securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
  };
};

/** RFC 9457 problem details: one JSON shape for every error response, naming the field and the offending value. */

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly field?: string;
  readonly value?: string;
  readonly [extension: string]: unknown;
}

const TITLES: Readonly<Record<number, string>> = {
  400: "Ugyldig anmodning",
  401: "Mangler adgang",
  404: "Findes ikke",
  405: "Metoden er ikke tilladt",
  409: "Konflikt",
  412: "Forældet version",
  413: "For stor anmodning",
  415: "Ukendt indholdstype",
  422: "Kan ikke behandles",
  428: "Version mangler",
  429: "For mange kørsler",
  500: "Intern fejl",
  501: "Ikke implementeret",
  503: "Ikke tilgængelig",
};

/** `type` is a stable relative URI per problem kind, documented in docs/api.md. */
export const problem = (
  status: number,
  kind: string,
  detail: string,
  extra: Readonly<Record<string, unknown>> = {},
): Problem => ({
  type: `/problems/${kind}`,
  title: TITLES[status] ?? "Fejl",
  status,
  detail,
  ...extra,
});

export const problemResponse = (
  p: Problem,
  headers: Readonly<Record<string, string>> = {},
): Response =>
  new Response(JSON.stringify(p), {
    status: p.status,
    headers: { "content-type": "application/problem+json; charset=utf-8", ...headers },
  });

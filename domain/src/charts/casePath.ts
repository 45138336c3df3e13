/**
 * The path of one case through the Sankey's stages (issue 11 §2): sygemelding → raskmelding / revurdering /
 * jobafklaring → ledig → virksomhedsservice → an end. Works on the same domain events for history and simulation.
 */
import type { CaseEvent } from "../events/caseEvents";

export const stageOrder = [
  "Sygemelding",
  "Jobafklaring",
  "Revurdering",
  "Raskmelding",
  "Ledig",
  "Virksomhedsservice",
  "Job",
  "Raskmeldt i arbejde",
  "Anden afslutning",
  "Åben",
] as const;
export type Stage = (typeof stageOrder)[number];

/** Column of each stage; ends share the last column so every path ends in the same place. */
export const stageColumn: Readonly<Record<Stage, number>> = {
  Sygemelding: 0,
  Jobafklaring: 1,
  Revurdering: 1,
  Raskmelding: 1,
  Ledig: 2,
  Virksomhedsservice: 3,
  Job: 4,
  "Raskmeldt i arbejde": 4,
  "Anden afslutning": 4,
  Åben: 4,
};

const has = (events: ReadonlyArray<CaseEvent>, tag: CaseEvent["_tag"]): boolean =>
  events.some((e) => e._tag === tag);

const routeOf = (events: ReadonlyArray<CaseEvent>): Stage | undefined => {
  if (has(events, "JobafklaringStarted")) return "Jobafklaring";
  if (has(events, "RevurderingCompleted")) return "Revurdering";
  return has(events, "RaskmeldingRegistered") ? "Raskmelding" : undefined;
};

/** Ledig when the case started ledig or the employment ended (AnsaettelseEnded) at any point. */
const wasLedig = (events: ReadonlyArray<CaseEvent>): boolean =>
  events.some(
    (e) =>
      (e._tag === "SygemeldingReceived" && e.employment.startsWith("ledig")) ||
      e._tag === "AnsaettelseEnded",
  );

const endOf = (events: ReadonlyArray<CaseEvent>, ledig: boolean): Stage => {
  if (has(events, "JobStarted")) return "Job";
  const closed = events.find((e) => e._tag === "CaseClosed");
  if (closed === undefined) return "Åben";
  if (closed.reason === "job") return "Job";
  return closed.reason === "raskmeldt" && !ledig ? "Raskmeldt i arbejde" : "Anden afslutning";
};

/** The stages one case passed, in column order. */
export const casePath = (events: ReadonlyArray<CaseEvent>): ReadonlyArray<Stage> => {
  const path: Stage[] = ["Sygemelding"];
  const route = routeOf(events);
  if (route !== undefined) path.push(route);
  const ledig = wasLedig(events);
  if (ledig) path.push("Ledig");
  if (has(events, "VirksomhedsserviceContactMade")) path.push("Virksomhedsservice");
  path.push(endOf(events, ledig));
  return path;
};

export interface PathLink {
  readonly source: Stage;
  readonly target: Stage;
  readonly value: number;
}

/** Counts consecutive stage pairs over many paths: the Sankey's links. */
export const pathLinks = (paths: Iterable<ReadonlyArray<Stage>>): ReadonlyArray<PathLink> => {
  const counts = new Map<string, number>();
  for (const p of paths) {
    for (let i = 1; i < p.length; i++) {
      const key = `${p[i - 1]}\u0000${p[i]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].map(([key, value]) => {
    const [source, target] = key.split("\u0000") as [Stage, Stage];
    return { source, target, value };
  });
};

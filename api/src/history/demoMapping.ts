/** The mapping YAML of the demo export, generated from the same table as the CSV so the two agree. */
import { stringify } from "yaml";
import { DEMO_ACTIVITIES, DEMO_FIELD_COLUMNS } from "./demoActivities";

export const DEMO_COLUMNS = {
  caseId: "Sagsnr.",
  activity: "Aktivitet",
  timestamp: "Dato",
  resource: "Sagsbehandler",
  caseAttributes: ["Kommune", "Datakilde"],
} as const;

/** The mapping text (YAML), headed by a comment that labels the data synthetic. */
export function demoMappingYaml(): string {
  const activities = Object.fromEntries(
    DEMO_ACTIVITIES.map((a) => [
      a.activity,
      {
        event: a.event,
        ...(Object.keys(a.fields).length === 0
          ? {}
          : {
              fields: Object.fromEntries(
                Object.entries(a.fields).map(([f, s]) => [
                  f,
                  s.type === "string" ? s.column : { from: s.column, type: s.type },
                ]),
              ),
            }),
      },
    ]),
  );
  const mapping = {
    description:
      "SYNTETISK demo-historik for den fiktive Fjordby Kommune (sagsflow demo-history), semikolon, dd-mm-åååå",
    columns: {
      ...DEMO_COLUMNS,
      caseAttributes: [...DEMO_COLUMNS.caseAttributes],
      attributes: [...DEMO_FIELD_COLUMNS],
    },
    activities,
  };
  return `# SYNTHETIC mapping for the sagsflow demo history (no real citizen, caseworker or municipality).\n${stringify(mapping)}`;
}

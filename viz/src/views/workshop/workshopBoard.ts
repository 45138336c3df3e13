/** The workshop's scenario board: save the current setting as a variant, remove one, compare all in the API. */
import { saveVariant } from "../../app/workshopApi";
import { getJson } from "../../charts/apiClient";
import { formatNumber } from "../../lib/formatDa";
import { paramLabel } from "../../lib/paramLabels";
import { formatRoute } from "../../lib/route";
import { type LeverOverrides, slugOf, variantYaml } from "../../workshop/leverSettings";
import { addExportTools } from "../exportTools";
import { BOARD_MAX, scenarioBoard } from "../scenarioBoard";
import { parts, persist, setResults, type Workshop } from "./workshopState";

/** The board's label of a setting, in the levers' Danish names: "CV-uge: 8, Jobkonsulenter: 5,0". */
const describeSettings = (overrides: LeverOverrides): string =>
  Object.entries(overrides)
    .map(
      ([k, v]) =>
        `${paramLabel(k)}: ${v === null ? "slået fra" : typeof v === "number" ? formatNumber(v) : String(v)}`,
    )
    .join(", ") || "uændret";

export const saveToBoard = async (w: Workshop, name: string): Promise<string> => {
  if (w.board.length >= BOARD_MAX)
    return `Tavlen har allerede ${BOARD_MAX} varianter; fjern en først.`;
  if (w.results.state !== "done" || w.results.whatIf === undefined)
    return "Vent til kørslen er færdig.";
  const id = slugOf(name);
  if (id === "") return "Giv varianten et navn.";
  const base = w.saved?.id ?? w.scenario;
  // The numbers on the board and their label come from the same run: the settings that run was started with.
  const { settings, whatIf } = w.results;
  const saved = await saveVariant(variantYaml({ id, name, base, overrides: settings }));
  w.board.push({ id: saved.id, name, settings: describeSettings(settings), kpis: whatIf });
  drawBoard(w);
  persist(w);
  return `Gemt som ${saved.id}.`;
};

const compareInApi = async (w: Workshop): Promise<void> => {
  const { id } = (await getJson("/api/comparisons", {
    method: "POST",
    body: JSON.stringify({ baseline: w.scenario, variants: w.board.map((e) => e.id), ...w.run }),
  })) as { id: string };
  location.hash = formatRoute({ view: "sammenligning", comparisonId: id });
};

export const drawBoard = (w: Workshop): void => {
  const host = parts(w).board;
  host.replaceChildren();
  scenarioBoard(host, w.board, {
    remove: (id) => {
      w.board = w.board.filter((e) => e.id !== id);
      drawBoard(w);
      persist(w);
    },
    compareInApi: () =>
      void compareInApi(w).catch((e: Error) => setResults(w, { status: e.message })),
  });
  addExportTools(host);
};

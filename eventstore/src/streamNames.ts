/** Stream names (architecture.md "Stream names"): history under `sag-`, simulated runs under `sim-<runId>-`. */

export const CASE_STREAM_PREFIX = "sag-";
export const REKRUTTERING_STREAM_PREFIX = "rekruttering-";
export const SIMULATION_STREAM_PREFIX = "sim-";

export const caseStreamId = (caseId: string): string => `${CASE_STREAM_PREFIX}${caseId}`;

export const rekrutteringStreamId = (id: string): string => `${REKRUTTERING_STREAM_PREFIX}${id}`;

/** `sim-<runId>-sag-<caseId>`: does not start with `sag-`, so history projections never read it. */
export const simulatedCaseStreamId = (runId: string, caseId: string): string =>
  `${simulationRunPrefix(runId)}${caseStreamId(caseId)}`;

/** Prefix of every stream of one simulated run, for `readAll`/`subscribe` with `streamPrefix`. */
export const simulationRunPrefix = (runId: string): string =>
  `${SIMULATION_STREAM_PREFIX}${runId}-`;

export type ParsedStreamId =
  | { readonly kind: "sag"; readonly caseId: string }
  | { readonly kind: "rekruttering"; readonly id: string }
  | { readonly kind: "simulatedSag"; readonly runId: string; readonly caseId: string }
  | { readonly kind: "other"; readonly streamId: string };

const SIMULATED_CASE = /^sim-(.+?)-sag-(.+)$/;

/** Classifies a stream id; run ids must not contain `-sag-` for the split to be unambiguous. */
export const parseStreamId = (streamId: string): ParsedStreamId => {
  if (streamId.startsWith(CASE_STREAM_PREFIX)) {
    return { kind: "sag", caseId: streamId.slice(CASE_STREAM_PREFIX.length) };
  }
  if (streamId.startsWith(REKRUTTERING_STREAM_PREFIX)) {
    return { kind: "rekruttering", id: streamId.slice(REKRUTTERING_STREAM_PREFIX.length) };
  }
  const simulated = SIMULATED_CASE.exec(streamId);
  if (simulated?.[1] !== undefined && simulated[2] !== undefined) {
    return { kind: "simulatedSag", runId: simulated[1], caseId: simulated[2] };
  }
  return { kind: "other", streamId };
};

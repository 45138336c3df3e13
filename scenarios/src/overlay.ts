/**
 * Variant = baseline + overlay. Objects merge key by key; a provenance node, a schedule, an array or a scalar in the overlay
 * replaces what the baseline had at that path (a variant says only what changes).
 */
import { isProvenanceNode } from "./provenance";
import { isScheduleNode } from "./scheduleNodes";

const isMergeable = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" &&
  u !== null &&
  !Array.isArray(u) &&
  !isProvenanceNode(u) &&
  !isScheduleNode(u);

export const applyOverlay = (base: unknown, overlay: unknown): unknown => {
  // A plain object over a provenance-wrapped object edits inside its value (a user tweaking one share).
  if (isProvenanceNode(base) && isMergeable(base.value) && isMergeable(overlay)) {
    return applyOverlay(base.value, overlay);
  }
  if (!isMergeable(base) || !isMergeable(overlay)) return overlay === undefined ? base : overlay;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(overlay)) out[k] = applyOverlay(base[k], v);
  return out;
};

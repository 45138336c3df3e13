/** What EventStoreDB's storage cannot give the port, with the reason (printed by the contract, docs/decisions/0190). */
import type { AdapterLimits } from "../contract/contractTypes";

export const ESDB_LIMITS: AdapterLimits = {
  eventIdsSeenPerStreamOnly:
    "the server keeps no index of event ids across streams; ids are checked against the target stream's newest events and across the streams of one append",
  sparsePositions:
    "positions are the server's commit positions (increasing byte offsets in its log)",
};

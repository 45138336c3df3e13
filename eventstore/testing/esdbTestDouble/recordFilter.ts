/**
 * TEST DOUBLE: not an EventStoreDB server. Server-side `$all` filter of a read or subscription:
 * stream-name or event-type expression, each a prefix list or a regex.
 */
import type streamsPb from "@eventstore/db-client/generated/streams_pb.js";
import type { StoredRecord } from "./esdbLog";

type Expression = streamsPb.ReadReq.Options.FilterOptions.Expression;

const expressionMatcher = (expression: Expression): ((value: string) => boolean) => {
  const prefixes = expression.getPrefixList();
  if (prefixes.length > 0) return (value) => prefixes.some((prefix) => value.startsWith(prefix));
  const regex = new RegExp(expression.getRegex());
  return (value) => regex.test(value);
};

export const recordFilter = (
  options: streamsPb.ReadReq.Options,
): ((record: StoredRecord) => boolean) => {
  const filter = options.getFilter();
  if (!options.hasFilter() || filter === undefined) return () => true;
  const onStream = filter.getStreamIdentifier();
  if (onStream !== undefined) {
    const matches = expressionMatcher(onStream);
    return (record) => matches(record.streamName);
  }
  const onType = filter.getEventType();
  if (onType === undefined) return () => true;
  const matches = expressionMatcher(onType);
  return (record) => matches(record.type);
};

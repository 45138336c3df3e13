/**
 * Answers the requests Node's HTTP parser refuses before any route sees them (bad Content-Length, a request line or
 * headers over Node's 16 KB limit, a header timeout) with problem+json instead of Node's bare status line. What Node
 * cannot answer is listed in docs/reliability.md: a socket already closed or reset by the client gets nothing.
 */
import type { Server } from "node:http";
import type { Duplex } from "node:stream";
import { problem } from "../http/problem";

const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  HPE_HEADER_OVERFLOW: 431,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

const REASONS: Readonly<Record<number, string>> = {
  400: "Bad Request",
  408: "Request Timeout",
  431: "Request Header Fields Too Large",
};

const DETAILS: Readonly<Record<number, string>> = {
  400: "anmodningen kan ikke læses (fx en ugyldig Content-Length eller anmodningslinje)",
  408: "anmodningens headere kom ikke i tide",
  431: "adressen eller headerne er for lange (højst 16 KB i alt)",
};

/** The raw HTTP/1.1 response for a parser error code; the connection is closed after it. */
export const clientErrorResponse = (code: string | undefined): string => {
  const status = STATUS_BY_CODE[code ?? ""] ?? 400;
  const body = JSON.stringify(
    problem(status, "malformed-request", DETAILS[status] as string, {
      field: "request",
      value: code ?? "(ukendt)",
    }),
  );
  return [
    `HTTP/1.1 ${status} ${REASONS[status]}`,
    "Content-Type: application/problem+json; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Connection: close",
    "",
    body,
  ].join("\r\n");
};

export const answerClientErrors = (server: Server): void => {
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorResponse(error.code));
  });
};

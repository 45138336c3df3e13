/** Streams a file as text in its encoding: declared (mapping `source.encoding`, XES `<?xml encoding?>`) or detected
 *  from the first 64 KiB (BOM, else valid UTF-8, else Windows-1252). Memory stays one chunk, whatever the file size. */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import iconv from "iconv-lite";
import { InputUnreadable } from "./interopErrors";

export type StreamEncoding = "utf-8" | "windows-1252" | "iso-8859-1";
const HEAD = 64 * 1024;

/** The first bytes of a file (for format, encoding and delimiter detection); never the whole file. */
export async function readHead(file: string, bytes = HEAD): Promise<Buffer> {
  const fd = await open(file, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await fd.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await fd.close();
  }
}

const strict = new TextDecoder("utf-8", { fatal: true });

/** Valid UTF-8 in the head (a multi-byte sequence cut at the end is allowed) → UTF-8, else Windows-1252. */
export function detectEncoding(head: Uint8Array): StreamEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  try {
    strict.decode(head.length === HEAD ? head.subarray(0, HEAD - 4) : head);
    return "utf-8";
  } catch {
    // A lone 0xE6/0xF8/0xE5 (æ/ø/å in Windows-1252) is never valid UTF-8.
    return "windows-1252";
  }
}

/**
 * Text chunks of the file; invalid UTF-8 later in a file detected as UTF-8 fails with the byte offset and a hint.
 * @example for await (const text of decodeFile("x.csv", "windows-1252")) …
 */
export async function* decodeFile(
  file: string,
  encoding: StreamEncoding,
): AsyncGenerator<string, void, undefined> {
  let offset = 0;
  let first = true;
  if (encoding === "utf-8") {
    const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
    for await (const chunk of createReadStream(file, { highWaterMark: HEAD })) {
      const bytes = chunk as Buffer;
      try {
        yield decoder.decode(bytes, { stream: true });
      } catch {
        throw new InputUnreadable({
          file,
          reason: `ugyldig UTF-8 efter byte ${offset}; er filen Windows-1252, så angiv source.encoding: windows-1252 i mappingen`,
        });
      }
      offset += bytes.length;
    }
    yield decoder.decode();
    return;
  }
  const decoder = iconv.getDecoder(encoding === "iso-8859-1" ? "latin1" : "win1252");
  for await (const chunk of createReadStream(file, { highWaterMark: HEAD })) {
    const text = decoder.write(chunk as Buffer);
    yield first && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    first = false;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

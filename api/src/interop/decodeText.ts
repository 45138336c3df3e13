/** Turns raw file bytes into text: UTF-8 (with or without BOM) when the bytes are valid UTF-8,
 *  otherwise Windows-1252, the code page of older Danish Excel and case-system exports. */
import iconv from "iconv-lite";

export type TextEncoding = "utf-8" | "utf-8-bom" | "windows-1252";

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Detects the encoding and decodes; a BOM is removed so the first header name stays clean. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8.decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  try {
    return { text: strictUtf8.decode(bytes), encoding: "utf-8" };
  } catch {
    // Invalid UTF-8: a lone 0xE6/0xF8/0xE5 (æ/ø/å) in Windows-1252 is never a valid UTF-8 sequence.
    return {
      text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "win1252"),
      encoding: "windows-1252",
    };
  }
}

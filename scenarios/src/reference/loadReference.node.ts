/** Reads and decodes the reference data file (node only). */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Schema } from "effect";
import { parse } from "yaml";
import { ReferenceFile } from "./referenceTable";

export const REFERENCE_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  "../../reference/danish-reference.yaml",
);

export const loadReference = (file: string = REFERENCE_FILE): ReferenceFile =>
  Schema.decodeUnknownSync(ReferenceFile)(parse(readFileSync(file, "utf8")));

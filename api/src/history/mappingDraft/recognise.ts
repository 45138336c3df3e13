/** Recognisers of `mapping init`: which header column plays which role, which event an activity label is, and which
 *  domain value a source value means. Each answers undefined when it does not know; it never guesses silently. */
import { normaliseLabel } from "../../interop";
import {
  ACTIVITY_LABELS,
  type ActivityGuess,
  COLUMN_NAMES,
  type ColumnRole,
  VALUE_WORDS,
} from "./draftVocabulary";

/** Role → header name (as written in the file), each column used for one role at most. */
export function recogniseColumns(
  header: ReadonlyArray<string>,
): Partial<Record<ColumnRole, string>> {
  const byName = new Map(header.map((h) => [normaliseLabel(h), h] as const));
  const used = new Set<string>();
  const out: Partial<Record<ColumnRole, string>> = {};
  for (const [role, names] of Object.entries(COLUMN_NAMES) as Array<
    [ColumnRole, ReadonlyArray<string>]
  >) {
    const hit = names.map((n) => byName.get(n)).find((h) => h !== undefined && !used.has(h));
    if (hit !== undefined) {
      out[role] = hit;
      used.add(hit);
    }
  }
  return out;
}

const startsWithWord = (label: string, word: string): boolean =>
  label === word || (label.startsWith(word) && /[\s\-:,.(]/.test(label[word.length] ?? ""));

/** The event an activity label names, or undefined. */
export function recogniseActivity(label: string): ActivityGuess | undefined {
  const l = normaliseLabel(label);
  return (ACTIVITY_LABELS.find(([w]) => w === l) ??
    ACTIVITY_LABELS.find(([w]) => startsWithWord(l, w)))?.[1];
}

/** The domain value of a source value for `field` (employment, reason, diagnosisGroup, kategori), or undefined. */
export function recogniseValue(field: string, value: string): string | number | undefined {
  const v = normaliseLabel(value);
  if (field === "kategori") {
    const digit = /(?:^|\D)([123])(?:\D|$)/.exec(v);
    return digit === null ? undefined : Number(digit[1]);
  }
  const words = VALUE_WORDS[field];
  if (words === undefined) return undefined;
  return (words.find(([w]) => w === v) ?? words.find(([w]) => v.startsWith(w)))?.[1];
}

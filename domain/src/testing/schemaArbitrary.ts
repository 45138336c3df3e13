/**
 * Bridges Effect's schema-derived generators to fast-check: fast-check draws a seed, Effect samples
 * one value for it. Failures then report a fast-check seed that replays exactly (test-only).
 */
import { Arbitrary, Effect, type Schema } from "effect";
import fc from "fast-check";

export const fromSchema = <S extends Schema.Top>(schema: S): fc.Arbitrary<S["Type"]> => {
  const arb = Arbitrary.schema(schema);
  return fc.integer({ min: 0, max: 2 ** 31 - 1 }).map((seed) => {
    const [value] = Effect.runSync(Arbitrary.sampleEffect(arb, { count: 1, seed, size: 10 }));
    return value as S["Type"];
  });
};

/** Small bridges from Effect to vitest: run to a value, or run expecting a typed failure. */
import { Effect, Result } from "effect";

export const run = <A, E>(effect: Effect.Effect<A, E>): Promise<A> => Effect.runPromise(effect);

/** Resolves with the typed failure; rejects if the effect unexpectedly succeeds. */
export const failureOf = async <A, E>(effect: Effect.Effect<A, E>): Promise<E> => {
  const result = await Effect.runPromise(Effect.result(effect));
  if (Result.isSuccess(result))
    throw new Error(`expected a failure, got ${JSON.stringify(result.success)}`);
  return result.failure;
};

/** Collects `n` items from an async iterable, then stops iterating. */
export const take = async <A>(iterable: AsyncIterable<A>, n: number): Promise<ReadonlyArray<A>> => {
  const out: Array<A> = [];
  if (n === 0) return out;
  for await (const item of iterable) {
    out.push(item);
    if (out.length >= n) break;
  }
  return out;
};

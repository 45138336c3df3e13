/** Runs a service effect for a route: success to JSON, typed failure to problem details through `problemOf`. */
import { Effect, Result } from "effect";
import { type Problem, problemResponse } from "./problem";
import { problemOf } from "./problemOf";

export const failWith = (error: unknown): Response => {
  const { problem, headers } = problemOf(error);
  return problemResponse(problem, headers);
};

export const respond = async <A, E>(
  effect: Effect.Effect<A, E>,
  ok: (a: A) => Response,
): Promise<Response> => {
  const result = await Effect.runPromise(Effect.result(effect));
  return Result.isSuccess(result) ? ok(result.success) : failWith(result.failure);
};

export const json = (
  body: unknown,
  status = 200,
  headers: Readonly<Record<string, string>> = {},
): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });

export const fromProblem = (p: Problem): Response => problemResponse(p);

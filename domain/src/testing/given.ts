/** Test helper: `given(events).when(command).then(events) | .thenFails("Tag")` over any Decider (test-only). */
import { Result } from "effect";
import { expect } from "vitest";
import { type Decider, replay } from "../decider/decider";

/** Starts a decider scenario from past events. */
export const givenFor =
  <C, E, S, Err extends { readonly _tag: string }>(decider: Decider<C, E, S, Err>) =>
  (events: ReadonlyArray<E>) => ({
    when: (command: C) => {
      const result = decider.decide(command, replay(decider, events));
      return {
        /** Asserts the command succeeds with exactly these events. */
        // biome-ignore lint/suspicious/noThenProperty: the house-style given/when/then helper; never awaited.
        then: (expected: ReadonlyArray<E>): void => {
          if (Result.isFailure(result))
            expect.fail(
              `expected events, got ${result.failure._tag}: ${JSON.stringify(result.failure)}`,
            );
          else expect(result.success).toEqual(expected);
        },
        /** Asserts the command fails with this error tag; returns the error for further checks. */
        thenFails: (tag: Err["_tag"]): Err => {
          if (Result.isSuccess(result))
            return expect.fail(`expected ${tag}, got events ${JSON.stringify(result.success)}`);
          expect(result.failure._tag).toBe(tag);
          return result.failure;
        },
      };
    },
  });

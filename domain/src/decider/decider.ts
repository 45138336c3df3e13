/** The Decider shape (Emmett style): synchronous, total, free of Effect services. */
import type { Result } from "effect";

export interface Decider<Command, Event, State, Error> {
  readonly decide: (command: Command, state: State) => Result.Result<ReadonlyArray<Event>, Error>;
  readonly evolve: (state: State, event: Event) => State;
  readonly initialState: State;
}

/** Folds events into state with a decider's `evolve` (replay). */
export const replay = <C, E, S, Err>(decider: Decider<C, E, S, Err>, events: Iterable<E>): S => {
  let state = decider.initialState;
  for (const e of events) state = decider.evolve(state, e);
  return state;
};

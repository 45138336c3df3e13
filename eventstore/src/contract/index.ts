/** @sagsflow/eventstore/contract: the shared adapter contract suite and its test events. */
export { eventStoreContract } from "./eventStoreContract";
export {
  type ContractOptions,
  type DurableStorage,
  type MakeStore,
  testEnvironment,
} from "./contractTypes";
export * from "./testEvents";

/** @sagsflow/eventstore */
export {};

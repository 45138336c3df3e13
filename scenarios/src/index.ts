/** @sagsflow/scenarios */
export {};

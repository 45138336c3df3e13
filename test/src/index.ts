/** @sagsflow/test */
export {};

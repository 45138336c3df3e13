/** @sagsflow/api */
export {};

/** @sagsflow/viz */
export {};

/** @sagsflow/simulator */
export {};

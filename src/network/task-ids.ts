/**
 * The small learning tasks a network trains on (their examples: tasks.ts). The names alone, for
 * what reads or writes them (a link) without generating the examples.
 */
export const NETWORK_TASKS = ['spiral', 'moons', 'circles', 'xor', 'penguins'] as const;
export type NetworkTask = (typeof NETWORK_TASKS)[number];

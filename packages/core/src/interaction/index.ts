// Interaction as plain functions: what a key, a pointer or a selection gesture does to view state,
// computed without a DOM so every view (and a host's own) shares one tested behaviour.
export * from './backlogTargets.js';
export * from './grid.js';
export * from './list.js';
export * from './placement.js';
export * from './priorityMove.js';
export * from './reschedule.js';
export * from './selection.js';

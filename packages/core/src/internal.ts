// `@throughline/core/internal`: helpers Throughline's own packages share (the React views, the
// importers, the CLI). Importable, but not the public API: names here may change in any release.
// Every export keeps its doc comment where it is defined.
export { memo } from './cache/memo.js';
export { perPlan } from './cache/perPlan.js';
export { anchorForOver } from './views/backlogMoves.js';
export { csvField } from './views/timelineExport.js';
export { stackRows } from './views/timelineRows.js';

// `@throughline/core/sample`: plans for stories, tests, demos and benchmarks. Kept out of the root
// entry so a host's bundle carries the 150-item sample only when it imports this entry.
export type { GeneratePlanOptions } from './generatePlan.js';
export { generatePlan } from './generatePlan.js';
export { sampleBaseline } from './sampleBaseline.js';
export { samplePlan } from './samplePlan.js';

// Caches, each with one reason to exist: plans are immutable, so anything derived from one can be
// kept as long as the plan is (`perPlan`); inputs that change one at a time let a derived value be
// kept until one of them does (`memo`).
export { memo } from './memo.js';
export { perPlan } from './perPlan.js';

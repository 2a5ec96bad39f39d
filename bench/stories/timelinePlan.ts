import { createPlan, type Plan } from '@throughline/core';
import { generatePlan } from '@throughline/core/sample';
import { type TimelineTask, tasksOf } from '../timelineTasks.js';

export type { TimelineTask };

// The roadmap every timeline benchmark page draws, and the one task list the peer Gantt charts get
// from it. Plain TypeScript (no React) so the benchmark can count the same tasks in Node.

export const timelinePlan: Plan = createPlan(generatePlan({ seed: 6, items: 5000, initiatives: 1000, themes: 50 }));

export const timelineTasks: readonly TimelineTask[] = tasksOf(timelinePlan);

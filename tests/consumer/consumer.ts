// Type-checked with Node's own module resolution and no source condition: only the shipped
// declarations are visible, exactly as in a host app.
import {
  applyChange,
  type Change,
  createPlan,
  ITEM_KINDS,
  type ItemKind,
  type ItemTrace,
  invertChange,
  type PlanProblem,
  samplePlan,
  traceItem,
  validatePlan,
} from '@throughline/core';
import { type ThemeToken, themeTokens } from '@throughline/react';

const kind: ItemKind = ITEM_KINDS[0];
const token: ThemeToken | undefined = themeTokens[0];
const plan = createPlan(samplePlan());
const trace: ItemTrace | undefined = traceItem(plan, 'STORY-1');
const change: Change = { type: 'set-status', itemId: 'STORY-1', status: 'done' };
const undo: Change = invertChange(plan, change);
const result = applyChange(plan, change);
const problems: readonly PlanProblem[] = (() => {
  const r = validatePlan({});
  return r.ok ? r.warnings : r.errors;
})();
export const summary: string = `${kind} ${token?.name ?? ''} ${trace?.status} ${undo.type} ${result.ok} ${problems.length}`;

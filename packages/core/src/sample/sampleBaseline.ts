import { type PlanSnapshot, snapshotPlan } from '../diff/snapshot.js';
import { createPlan } from '../validate/validatePlan.js';
import { samplePlan } from './samplePlan.js';

type Loose = Record<string, unknown> & { id: string };
interface Editable {
  goals: Loose[];
  initiatives: Loose[];
  items: Loose[];
  backlogs: (Loose & { itemIds: string[] })[];
}

const find = (list: Loose[], id: string) => list.find((e) => e.id === id) as Loose;

/**
 * The sample plan ("Relay") as it stood at its last quarterly review, as a snapshot: compared with
 * `samplePlan()` today, onboarding and reporting have slipped, the data platform moved a horizon
 * later, the retention goal was rewritten (title and target), a mobile initiative was dropped, two
 * stories were added and one re-estimated, and the product backlog's order changed.
 *
 * @example
 * const diff = diffPlans(sampleBaseline(), createPlan(samplePlan()));
 * diff.summary.slipped; // init-onboarding, init-reporting, init-data-platform
 */
export function sampleBaseline(): PlanSnapshot {
  const plan = JSON.parse(JSON.stringify(samplePlan())) as Editable;
  Object.assign(find(plan.initiatives, 'init-onboarding'), { end: '2026-11-27' });
  Object.assign(find(plan.initiatives, 'init-reporting'), { start: '2026-10-05', end: '2026-12-04' });
  Object.assign(find(plan.initiatives, 'init-data-platform'), { horizonId: 'h-next' });
  const retention = find(plan.goals, 'goal-retention');
  Object.assign(retention, {
    title: 'Keep teams coming back',
    metric: { ...(retention.metric as object), target: 75 },
  });
  plan.initiatives.push({
    id: 'init-mobile',
    title: 'Plan on the go from a phone',
    goalIds: ['goal-retention'],
    horizonId: 'h-next',
    status: 'planned',
    confidence: 'exploratory',
    source: 'customer-request',
    dependsOn: [],
  });
  // The two newest stories were not written yet; one story was estimated lower.
  const added = plan.items.filter((i) => i.kind === 'story' && !plan.items.some((c) => c.parentId === i.id)).slice(-2);
  const gone = new Set(added.map((i) => i.id));
  plan.items = plan.items.filter((i) => !gone.has(i.id));
  for (const backlog of plan.backlogs) backlog.itemIds = backlog.itemIds.filter((id) => !gone.has(id));
  const product = plan.backlogs.find((b) => b.kind === 'product');
  const estimated = plan.items.find((i) => i.kind === 'story' && typeof i.estimate === 'number' && i.estimate > 2);
  if (estimated) estimated.estimate = (estimated.estimate as number) - 2;
  // The story now fourth in the product backlog sat near the bottom.
  if (product && product.itemIds.length > 10) {
    const [moved] = product.itemIds.splice(3, 1);
    product.itemIds.splice(product.itemIds.length - 2, 0, moved as string);
  }
  return snapshotPlan(createPlan(plan), { label: 'Q3 review', takenAt: '2026-09-30' });
}

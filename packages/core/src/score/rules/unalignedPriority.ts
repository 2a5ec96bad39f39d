import type { Rule } from '../types.js';

export interface UnalignedPriorityOptions {
  /** The top share of the product backlog that counts as high priority. */
  readonly topShare: number;
  /** Items in current or future sprints count as high priority too. */
  readonly includeSprints: boolean;
  /** Critical bugs jump the queue on customer impact; do not ask them for a strategic link. */
  readonly exemptCriticalBugs: boolean;
}

/** Seed, common mistake 3: prioritising backlog items without strategic alignment. */
export const unalignedPriority: Rule<UnalignedPriorityOptions> = {
  id: 'unaligned-priority',
  description: 'High-priority work (top of the product backlog, or in a sprint) that traces to no initiative.',
  defaultLevel: 'error',
  defaults: { topShare: 0.2, includeSprints: true, exemptCriticalBugs: true },
  check(context, options) {
    const { plan, productBacklog, items, today, itemById: byId } = context;
    const high = new Map<string, string>();
    if (productBacklog) {
      const top = Math.ceil(productBacklog.itemIds.length * options.topShare);
      productBacklog.itemIds.slice(0, top).forEach((id, rank) => {
        high.set(id, `rank ${rank + 1} of ${productBacklog.itemIds.length} in ${productBacklog.title}`);
      });
    }
    if (options.includeSprints) {
      for (const sprint of plan.backlogs) {
        if (sprint.kind !== 'sprint' || (sprint.end !== undefined && sprint.end < today)) continue;
        for (const id of sprint.itemIds) if (!high.has(id)) high.set(id, `in ${sprint.title}`);
      }
    }
    const findings = [];
    for (const [id, where] of high) {
      const item = byId.get(id);
      if (!item || item.status === 'done' || items.get(id)?.status !== 'orphan') continue;
      if (options.exemptCriticalBugs && item.kind === 'bug' && item.severity === 'critical') continue;
      findings.push({
        message: `"${item.title}" (${id}) is high priority (${where}) but traces to no initiative or goal.`,
        ids: [id],
        hint: 'Link it to the initiative it serves, or move it down until someone can say why it matters now.',
      });
    }
    return findings;
  },
};

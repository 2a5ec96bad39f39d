import type { Item } from '../../model/types.js';
import type { Rule, RuleFinding } from '../types.js';

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
    const { plan, productBacklog, productItems, productReports, items, today, itemById: byId } = context;
    const findings: RuleFinding[] = [];
    const reported = new Set<string>();
    const report = (item: Item, where: string) => {
      if (reported.has(item.id) || item.status === 'done') return;
      if (options.exemptCriticalBugs && item.kind === 'bug' && item.severity === 'critical') return;
      reported.add(item.id);
      findings.push({
        message: `"${item.title}" (${item.id}) is high priority (${where}) but traces to no initiative or goal.`,
        ids: [item.id],
        hint: 'Link it to the initiative it serves, or move it down until someone can say why it matters now.',
      });
    };
    if (productBacklog) {
      const total = productItems.length;
      const top = Math.ceil(total * options.topShare);
      for (let rank = 0; rank < top; rank++) {
        const item = productItems[rank] as Item;
        if (productReports[rank]?.status === 'orphan')
          report(item, `rank ${rank + 1} of ${total} in ${productBacklog.title}`);
      }
    }
    if (options.includeSprints) {
      for (const sprint of plan.backlogs) {
        if (sprint.kind !== 'sprint' || (sprint.end !== undefined && sprint.end < today)) continue;
        for (const id of sprint.itemIds) {
          const item = byId.get(id);
          if (item && items.get(id)?.status === 'orphan') report(item, `in ${sprint.title}`);
        }
      }
    }
    return findings;
  },
};

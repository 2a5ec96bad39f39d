import { act, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { applyChange, type Change, createPlan, type Plan, traceItem } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TraceabilityMatrix } from './TraceabilityMatrix.js';

const initial = createPlan(samplePlan());
const epic = initial.items.find((i) => i.kind === 'epic' && traceItem(initial, i.id)?.initiative?.link === 'direct');
const initiative = epic ? traceItem(initial, epic.id)?.initiative?.initiative : undefined;

/** A host that applies each change, as a portal would. */
function Host() {
  const [plan, setPlan] = useState<Plan>(initial);
  return (
    <TraceabilityMatrix
      plan={plan}
      today="2026-11-25"
      rows="initiatives"
      onChange={(change: Change) => {
        const result = applyChange(plan, change);
        if (result.ok) setPlan(result.plan);
      }}
    />
  );
}

const focusedName = () => document.activeElement?.getAttribute('aria-label') ?? '';

describe('focus after an edit', () => {
  it('follows the unlinked item to its new column, so a second Enter relinks it, not its neighbour', async () => {
    const user = userEvent.setup();
    render(<Host />);
    const name = `${epic?.id} ${epic?.title}, ${initiative?.title}`;
    const cell = screen.getAllByRole('gridcell').find((c) => c.getAttribute('aria-label')?.endsWith(`: ${name}`));
    if (!cell) throw new Error('no cell for the epic');
    const columnBefore = cell.dataset.column;
    act(() => cell.focus());
    await user.keyboard('{Enter}');
    // Its column moved (to the work that serves no goal); focus went with it.
    expect(focusedName()).toBe(`No link: ${name}`);
    expect((document.activeElement as HTMLElement).dataset.column).not.toBe(columnBefore);
    await user.keyboard('{Enter}');
    expect(focusedName()).toMatch(
      new RegExp(`^Direct link(, [^:]+)?: ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    );
  });
});

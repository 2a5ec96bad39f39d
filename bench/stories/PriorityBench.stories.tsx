import type { Meta, StoryObj } from '@storybook/react-vite';
import { createPlan, type Plan } from '@throughline/core';
import { generatePlan } from '@throughline/core/sample';
import { PriorityMatrix } from '@throughline/react';
import { useState } from 'react';
import { withoutAxe } from './withoutAxe.js';

// Benchmark page, built into Storybook only for `pnpm bench` (THROUGHLINE_BENCH=1): the priority
// matrix on 2,000 generated items with priority inputs, every point movable, in the same 1200×700
// box as the other benchmark pages. The plan is built once per page load, outside any timing.
const plan = createPlan(generatePlan({ seed: 7, items: 2000, initiatives: 200, priorities: true }));

function Host({ initial }: { initial: Plan }) {
  const [current, setCurrent] = useState(initial);
  return <PriorityMatrix plan={current} onChange={(_, next) => setCurrent(next)} />;
}

const meta = { title: 'Benchmarks/Priority matrix 2,000', ...withoutAxe } satisfies Meta;
export default meta;

export const Throughline: StoryObj = {
  render: () => (
    <div style={{ width: 1200, height: 700, overflow: 'hidden' }}>
      <Host initial={plan} />
    </div>
  ),
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { createPlan } from '@throughline/core';
import { generatePlan } from '@throughline/core/sample';
import { TraceabilityMatrix } from '@throughline/react';
import type { CSSProperties } from 'react';
import { withoutAxe } from './withoutAxe.js';

// Benchmark pages, built into Storybook only for `pnpm bench` (THROUGHLINE_BENCH=1): the
// traceability matrix of 200 initiatives against all 2,000 backlog items (400,000 cells) in the
// same 1200×700 box as the timeline pages, and that box empty. Built once per page load, outside
// any timing.
const plan = createPlan(generatePlan({ seed: 7, items: 2000, initiatives: 200 }));

const BOX = { width: 1200, height: 700 };

// The grid scrolls inside the box: its 1px border sits outside the max-height it is given.
const box = {
  ...BOX,
  overflow: 'hidden',
  '--tl-matrix-max-height': `${BOX.height - 2}px`,
} as CSSProperties;

const meta = { title: 'Benchmarks/Matrix 200 × 2,000', ...withoutAxe } satisfies Meta;
export default meta;

export const Throughline: StoryObj = {
  render: () => (
    <div style={box}>
      <TraceabilityMatrix plan={plan} rows="initiatives" columns="items" readOnly toolbar={false} />
    </div>
  ),
};

/** An empty box of the same size: where each mount starts from, and the cost of a story switch alone. */
export const EmptyBox: StoryObj = { render: () => <div style={{ width: BOX.width, height: BOX.height }} /> };

import type { Meta, StoryObj } from '@storybook/react-vite';
import { backlogView, createPlan, type Plan } from '@throughline/core';
import { generatePlan } from '@throughline/core/sample';
import { BacklogList } from '@throughline/react';
import { useState } from 'react';
import { PeerBacklog as SharedPeerBacklog } from '../plain/peerBacklog.js';

// Benchmark pages, built into Storybook only for `pnpm bench` (THROUGHLINE_BENCH=1): the same
// 10,000-item product backlog drawn by BacklogList and by @hello-pangea/dnd, the list a team would
// otherwise pick. Both get their rows from the same core view-model, so only the drawing differs.

function tenThousand(): Plan {
  const input = generatePlan({ seed: 10, items: 16_000 });
  const product = input.backlogs?.find((b) => b.kind === 'product');
  if (product) product.itemIds = product.itemIds.slice(0, 10_000);
  return createPlan(input);
}
const plan = tenThousand();

function PeerBacklog() {
  const [rows] = useState(() => backlogView(plan, 'backlog-product')?.rows ?? []);
  return <SharedPeerBacklog initialRows={rows} />;
}

function ThroughlineBacklog() {
  const [current, setCurrent] = useState(plan);
  return <BacklogList plan={current} backlogIds={['backlog-product']} onChange={(_, next) => setCurrent(next)} />;
}

const meta = { title: 'Benchmarks/Backlog 10,000', parameters: { a11y: { test: 'off' } } } satisfies Meta;
export default meta;

export const Throughline: StoryObj = { render: () => <ThroughlineBacklog /> };
export const HelloPangeaDnd: StoryObj = { render: () => <PeerBacklog /> };

import type { Meta, StoryObj } from '@storybook/react-vite';
import { installMountHarness } from '../plain/harness.js';

// The plain-page mount benchmark (bench/mount.bench.ts), built into Storybook only for `pnpm bench`
// (THROUGHLINE_BENCH=1). Storybook serves the page and its bundle, nothing more: the story draws
// one line, and the page itself mounts each view in a box of its own with `createRoot().render()`
// through `window.__throughlineMount(name)` (bench/plain/harness.tsx). The a11y addon stays off
// so no axe run lands in a timing.
installMountHarness();

const meta = {
  title: 'Benchmarks/Plain mount',
  parameters: { a11y: { disable: true, test: 'off' } },
  globals: { a11y: { manual: true } },
} satisfies Meta;
export default meta;

export const Page: StoryObj = {
  render: () => <p>Mount benchmark page: views are mounted by window.__throughlineMount(name).</p>,
};

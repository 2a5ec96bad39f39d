import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: [
    '../docs/**/*.mdx',
    '../packages/*/src/**/*.stories.@(ts|tsx)',
    // Peer pages for `pnpm bench` only: never in the Storybook users browse or the tests open.
    ...(process.env.THROUGHLINE_BENCH === '1' ? ['../bench/stories/*.stories.tsx'] : []),
  ],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The highlight feature watches every DOM change and reads computed styles across the page: in
  // the benchmark build it would be timed as the views' own cost, so it is off there.
  features: { highlight: process.env.THROUGHLINE_BENCH !== '1' },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  async viteFinal(viteConfig) {
    // Stories run against the packages' source, not their builds, so edits show at once.
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['@throughline/source', ...defaultClientConditions];
    return viteConfig;
  },
};

export default config;

import { createRequire } from 'node:module';
import { render, screen } from '@testing-library/react';
import { createPlan } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import { BacklogList } from '@throughline/react';
import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { describe, expect, it } from 'vitest';

describe('the react18 project', () => {
  it('runs the React package on React 18', () => {
    expect(version).toMatch(/^18\./);
    expect(domVersion).toMatch(/^18\./);
  });

  it('loads one React: a view, its drag library and Testing Library all use React 18', () => {
    render(<BacklogList plan={createPlan(samplePlan())} backlogIds={['sprint-24']} />);
    expect(screen.getAllByRole('button', { name: /^Reorder / }).length).toBeGreaterThan(0);
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    const reacts = new Set(loaded.flatMap((file) => /\/\.pnpm\/(react(?:-dom)?@[^/_]+)/.exec(file)?.[1] ?? []));
    expect([...reacts].sort()).toEqual(['react-dom@18.3.1', 'react@18.3.1']);
  });
});

import type { Meta, StoryObj } from '@storybook/react-vite';
import { useLayoutEffect, useRef, useState } from 'react';
import { type ThemeToken, type ThemeTokenGroup, themeTokens } from './tokens.js';

const groupTitles: Record<ThemeTokenGroup, string> = {
  colour: 'Colour',
  effect: 'Effects',
  space: 'Space',
  size: 'Sizes',
  radius: 'Radius',
  type: 'Type',
  stacking: 'Stacking',
};

/** Reads each token's value as the page resolves it, so the table shows the active theme and density. */
function useResolvedValues(tokens: readonly ThemeToken[]) {
  const ref = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const style = getComputedStyle(element);
    const next = Object.fromEntries(tokens.map((t) => [t.name, style.getPropertyValue(t.name).trim()]));
    // Runs after every render (the toolbar may have changed the theme); store only real changes.
    setValues((previous) => (tokens.every((t) => previous[t.name] === next[t.name]) ? previous : next));
  });
  return { ref, values };
}

function Sample({ token }: { token: ThemeToken }) {
  const value = `var(${token.name})`;
  switch (token.group) {
    case 'colour':
      return <span className="tl-token-swatch" style={{ background: value }} />;
    case 'effect':
      return <span className="tl-token-swatch" style={{ boxShadow: value }} />;
    case 'space':
    case 'size':
      return <span className="tl-token-bar" style={{ width: value }} />;
    case 'radius':
      return <span className="tl-token-swatch" style={{ borderRadius: value }} />;
    case 'type':
      return token.name.includes('size') || token.name.includes('weight') || token.name.includes('family') ? (
        <span
          style={{
            fontSize: token.name.includes('size') ? value : undefined,
            fontWeight: token.name.includes('weight') ? value : undefined,
            fontFamily: token.name.includes('family') ? value : undefined,
          }}
        >
          Improve onboarding activation
        </span>
      ) : null;
    default:
      return null;
  }
}

function TokenTable({ group }: { group: ThemeTokenGroup }) {
  const tokens = themeTokens.filter((t) => t.group === group);
  const { ref, values } = useResolvedValues(tokens);
  return (
    <div ref={ref}>
      <table className="tl-token-table">
        <caption>{groupTitles[group]}</caption>
        <thead>
          <tr>
            <th scope="col">Sample</th>
            <th scope="col">Custom property</th>
            <th scope="col">Value</th>
            <th scope="col">Used for</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.name}>
              <td aria-hidden="true">
                <Sample token={t} />
              </td>
              <td>
                <code>{t.name}</code>
              </td>
              <td>
                <code>{values[t.name] ?? ''}</code>
              </td>
              <td>{t.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DesignTokens({ groups }: { groups: readonly ThemeTokenGroup[] }) {
  return (
    <div className="tl-token-page">
      <p>
        Every colour, space, radius, font and layer in Throughline is a <code>--tl-</code> custom property. Override any
        of them on a wrapper to apply your design system; switch theme and density from the toolbar to see the values
        change.
      </p>
      {groups.map((group) => (
        <TokenTable key={group} group={group} />
      ))}
    </div>
  );
}

const meta = {
  title: 'Theme/Design tokens',
  component: DesignTokens,
  args: { groups: ['colour', 'effect', 'space', 'size', 'radius', 'type', 'stacking'] },
  argTypes: {
    groups: { control: 'check', options: Object.keys(groupTitles), description: 'Token groups to show, in order.' },
  },
  parameters: {
    docs: { description: { component: 'The `--tl-` variables of `@throughline/react/styles.css`, resolved live.' } },
  },
} satisfies Meta<typeof DesignTokens>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every token of the default stylesheet in the toolbar's theme and density. */
export const AllTokens: Story = {};

/** Colours only, in the dark theme. */
export const DarkColours: Story = {
  args: { groups: ['colour', 'effect'] },
  globals: { theme: 'dark' },
};

/** Space and sizes in the compact density. */
export const CompactSpacing: Story = {
  args: { groups: ['space', 'size'] },
  globals: { density: 'compact' },
};

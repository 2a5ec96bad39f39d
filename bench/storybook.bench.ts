import { readStoryIndex } from '../tests/support/storybook.js';
import { defineBench } from './define.js';

const entry = (id: string) => {
  const found = readStoryIndex().find((e) => e.id === id);
  if (!found) throw new Error(`No story ${id} in the static Storybook`);
  return found;
};

/** Story render time in Chromium: the whole token sheet against the smallest token story. */
export default defineBench({
  kind: 'browser',
  name: 'render design tokens story',
  baseline: {
    name: 'compact spacing (8 rows)',
    sample: (sb) => sb.show(entry('theme-design-tokens--compact-spacing')),
  },
  cases: [{ name: 'all tokens (56 rows)', sample: (sb) => sb.show(entry('theme-design-tokens--all-tokens')) }],
});

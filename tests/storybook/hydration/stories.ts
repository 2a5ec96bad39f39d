import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import preview from '../../../.storybook/preview.js';

/**
 * The stories of the Storybook, composed with the preview's decorators and globals as Storybook
 * shows them. The same module runs on the server (Node) and in the page that hydrates, so both
 * render one tree.
 */
setProjectAnnotations(preview);

/** A story composed: a component that draws it as Storybook does, and its id in Storybook's index. */
export type ComposedStory = ComponentType & { readonly id: string };

type StoryModule = Parameters<typeof composeStories>[0];
// The files `.storybook/main.ts` lists, each loaded when asked for: the page that hydrates one
// story builds only the plans of that story's file, not the large ones of every file.
const files = import.meta.glob<StoryModule>('../../../packages/*/src/**/*.stories.{ts,tsx}');

/** Every story file, named as `storiesOf` takes it. */
export const storyFiles: readonly string[] = Object.keys(files);

/** The stories of one file, composed, by id. */
export async function storiesOf(file: string): Promise<ReadonlyMap<string, ComposedStory>> {
  const load = files[file];
  if (!load) throw new Error(`${file} is not a story file; the story files are ${storyFiles.join(', ')}.`);
  const composed = Object.values(composeStories(await load())) as ComposedStory[];
  return new Map(composed.map((story) => [story.id, story]));
}

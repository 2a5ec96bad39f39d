import { renderToString } from 'react-dom/server';
import { Settled } from './Settled.js';
import { type ComposedStory, storiesOf, storyFiles } from './stories.js';

/** A story and the file it comes from, which the page that hydrates it loads. */
export interface StoryToHydrate {
  readonly file: string;
  readonly Story: ComposedStory;
}

/** Every story of every story file, by id. */
export async function loadStories(): Promise<ReadonlyMap<string, StoryToHydrate>> {
  const byFile = await Promise.all(storyFiles.map(async (file) => ({ file, stories: await storiesOf(file) })));
  return new Map(byFile.flatMap(({ file, stories }) => [...stories].map(([id, Story]) => [id, { file, Story }])));
}

/** A story's server HTML, and what React or the story logged as errors while rendering it. */
export interface ServerRender {
  readonly html: string;
  readonly errors: readonly string[];
}

/** Renders a story on the server (Node) as a host's server page would. */
export function renderStory(Story: ComposedStory): ServerRender {
  const errors: string[] = [];
  const { error } = console;
  // renderToString is synchronous: what is logged meanwhile was logged by this render.
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    const html = renderToString(
      <Settled>
        <Story />
      </Settled>,
    );
    return { html, errors };
  } finally {
    console.error = error;
  }
}

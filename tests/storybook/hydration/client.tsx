import type { ErrorInfo } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { Settled } from './Settled.js';
import { storiesOf } from './stories.js';

/** What the page tells the test of the story it hydrated last: each error raised, and whether it settled. */
export interface HydrationReport {
  readonly errors: string[];
  settled: boolean;
}

declare global {
  interface Window {
    hydration: HydrationReport;
    /** Puts a story's server HTML in #root and hydrates it; `hydration` says how that went. */
    hydrateStory(file: string, id: string, html: string): Promise<void>;
    /** Unmounts the story hydrated last and empties #root for the next. */
    unmountStory(): void;
  }
}

const container = document.getElementById('root') as HTMLElement;
let root: Root | undefined;
window.hydration = { errors: [], settled: false };
window.addEventListener('error', (event) => window.hydration.errors.push(`uncaught: ${event.message}`));

const said = (kind: string) => (error: unknown, info: ErrorInfo) =>
  window.hydration.errors.push(
    `${kind}: ${error instanceof Error ? error.message : String(error)}${info.componentStack ?? ''}`,
  );

window.hydrateStory = async (file, id, html) => {
  const report: HydrationReport = { errors: [], settled: false };
  window.hydration = report;
  const Story = (await storiesOf(file)).get(id);
  if (!Story) throw new Error(`no story ${id} in ${file}`);
  // The server's HTML as the page would hold it: the parser builds the same nodes either way.
  container.innerHTML = html;
  root = hydrateRoot(
    container,
    <Settled onSettled={() => (report.settled = true)}>
      <Story />
    </Settled>,
    {
      onRecoverableError: said('recoverable error'),
      onCaughtError: said('caught error'),
      onUncaughtError: said('uncaught error'),
    },
  );
};

window.unmountStory = () => {
  root?.unmount();
  root = undefined;
  container.replaceChildren();
};

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** The static Storybook to open: the tests' build, or another (the benchmarks build their own). */
export const storybookDir = resolve(import.meta.dirname, '../..', process.env.STORYBOOK_DIR ?? 'storybook-static');

export interface IndexEntry {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  readonly type: 'story' | 'docs';
  readonly tags?: readonly string[];
}

/** Every story and docs page of the static Storybook, as its index.json lists them. */
export function readStoryIndex(dir = storybookDir): IndexEntry[] {
  const index = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries);
}

export function storyUrl(baseUrl: string, id: string, viewMode: 'story' | 'docs' = 'story'): string {
  return `${baseUrl}/iframe.html?${new URLSearchParams({ id, viewMode })}`;
}

/**
 * A Storybook preview page that shows one story after another without reloading, the way
 * Storybook's own UI switches stories: the bundle is parsed once per page, not once per story.
 * It collects every console error and uncaught exception raised while a story is shown.
 */
export class StorybookPage {
  readonly errors: string[] = [];
  /**
   * What each reporter said of the story shown last, `passed` when it found nothing: the a11y
   * addon's axe-core run over the story as authored among them. None for a docs page.
   */
  reports: readonly StoryReport[] = [];

  private constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // The browser asks for /favicon.ico on its own; that request is no part of a story.
      if (message.location().url.endsWith('/favicon.ico')) return;
      this.errors.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.errors.push(`uncaught: ${error.message}`));
  }

  static async open(context: BrowserContext, baseUrl: string, firstId: string): Promise<StorybookPage> {
    const page = await context.newPage();
    // Code sent to the page may come through esbuild (tsx), which names functions with a
    // `__name` helper that only exists in Node; give the page a no-op one.
    await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    const sb = new StorybookPage(page, baseUrl);
    await sb.reload(firstId);
    return sb;
  }

  /** A full page load: used first, and to start clean after a story broke the page. */
  async reload(id: string): Promise<void> {
    // Wait for the network to settle too: Storybook loads story files lazily after the first render.
    await this.page.goto(storyUrl(this.baseUrl, id), { waitUntil: 'networkidle' });
    await this.page.waitForFunction(
      () => {
        const renders = (window as SbWindow).__STORYBOOK_PREVIEW__?.storyRenders ?? [];
        return renders.length > 0 && renders.every((r) => r.phase === 'finished' || r.phase === 'errored');
      },
      null,
      { timeout: 30_000 },
    );
  }

  /**
   * Shows a story or docs page and resolves once it has rendered and played, or rejects with
   * Storybook's reason when it could not. Errors raised meanwhile land in `errors`.
   * Resolves to the milliseconds the page took, measured inside the page.
   */
  async show(entry: IndexEntry): Promise<number> {
    this.errors.length = 0;
    this.reports = [];
    const started = await this.page.evaluate(() => performance.now());
    const outcome = await this.page.evaluate(
      ({ id, viewMode }) =>
        new Promise<Outcome>((resolveOutcome) => {
          const preview = (window as SbWindow).__STORYBOOK_PREVIEW__;
          if (!preview) return resolveOutcome({ error: 'Storybook preview is not loaded' });
          const channel = preview.channel;
          const listeners: [string, (...args: unknown[]) => void][] = [];
          // Generous: a docs page draws every story of a view at once, on a machine running other tests.
          const timer = setTimeout(() => done(`timed out waiting for ${id} to render`), 45_000);
          /** Without an error, the story rendered: say when, and what its reporters said. */
          function done(error?: string, reports: StoryReport[] = []) {
            clearTimeout(timer);
            for (const [event, listener] of listeners) channel.off(event, listener);
            resolveOutcome(error === undefined ? { at: performance.now(), reports } : { error });
          }
          function on(event: string, listener: (...args: unknown[]) => void) {
            listeners.push([event, listener]);
            channel.on(event, listener);
          }
          /** Docs pages render their stories after the page itself: wait until every one is done. */
          function whenStoriesSettle() {
            const settled = () =>
              (preview?.storyRenders ?? []).every((r) => r.phase === 'finished' || r.phase === 'errored');
            const poll = () => (settled() ? done() : setTimeout(poll, 50));
            setTimeout(poll, 50);
          }
          on('storyMissing', () => done(`no story with id ${id}`));
          on('storyErrored', (error) => done(`the story errored: ${JSON.stringify(error)}`));
          on('storyThrewException', (error) => done(`the story threw: ${JSON.stringify(error)}`));
          on('playFunctionThrewException', (error) => done(`the play function threw: ${JSON.stringify(error)}`));
          if (viewMode === 'docs') on('docsRendered', () => whenStoriesSettle());
          else
            on('storyFinished', (summary) => {
              const { storyId, status, reporters } = summary as StoryFinished;
              if (storyId !== id) return;
              if (status === 'success')
                return done(
                  undefined,
                  (reporters ?? []).map((r) => ({ type: r.type, status: r.status })),
                );
              // Reporters (the a11y addon among them) say why: name each violation they found.
              const where = (nodes: { target: unknown[] }[] = []) =>
                nodes.map((n) => `\n    at ${n.target.join(' ')}`).join('');
              const reasons = (reporters ?? []).map(
                (r) =>
                  `${r.type}: ${r.status}${(r.result?.violations ?? []).map((v) => `\n  ${v.id}: ${v.help}${where(v.nodes)}`).join('')}`,
              );
              done(`the story finished with status ${status}\n${reasons.join('\n')}`);
            });
          // Showing the story already on screen again means mounting it afresh.
          const current = (preview as { currentRender?: { id?: string } }).currentRender?.id;
          if (current === id && viewMode === 'story') channel.emit('forceRemount', { storyId: id });
          else channel.emit('setCurrentStory', { storyId: id, viewMode });
        }),
      { id: entry.id, viewMode: entry.type },
    );
    if (outcome.error !== undefined) {
      await this.reload(entry.id).catch(() => undefined);
      throw new Error(outcome.error);
    }
    this.reports = outcome.reports ?? [];
    return (outcome.at ?? started) - started;
  }

  /** Applies a colour theme the way a host does: the --tl- variable set, by attribute. */
  async applyTheme(theme: 'light' | 'dark'): Promise<void> {
    await this.setFrameAttribute('data-tl-theme', theme);
  }

  /**
   * Applies a density the way a host does: the --tl- spacing set, by attribute. The views measure
   * some of it (the bar height, say): `settle()` before reading what they draw from it.
   */
  async applyDensity(density: 'comfortable' | 'compact'): Promise<void> {
    await this.setFrameAttribute('data-tl-density', density);
  }

  /**
   * Sets the document's direction, as a right-to-left host page does, or with `null` takes it off
   * again. Unlike the theme and density, showing another story does not undo it.
   */
  async applyDirection(dir: 'ltr' | 'rtl' | null): Promise<void> {
    await this.page.evaluate((value) => {
      if (value) document.documentElement.setAttribute('dir', value);
      else document.documentElement.removeAttribute('dir');
    }, dir);
  }

  /**
   * Emulates forced colours (Windows High Contrast and the like) in this page, or with `null` ends
   * the page's emulation (a context's own `forcedColors` option with it). Showing another story
   * does not undo it.
   */
  async emulateForcedColors(value: 'active' | null): Promise<void> {
    await this.page.emulateMedia({ forcedColors: value });
  }

  /** Resolves after two frames: views that measure what the styles changed have re-rendered. */
  settle(): Promise<void> {
    return settle(this.page);
  }

  /** Theme and density live on the decorator's wrapper; showing a story renders it afresh. */
  private async setFrameAttribute(name: string, value: string): Promise<void> {
    await this.page.evaluate(
      ([attribute, to]) => {
        for (const frame of document.querySelectorAll('.tl-story-frame')) frame.setAttribute(attribute, to);
      },
      [name, value] as const,
    );
  }
}

/** Resolves after two frames and a task: what a page's views measured and set has re-rendered. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        // A page that draws no frames (hidden, say) must not hang the test.
        const fallback = setTimeout(resolve, 1000);
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            clearTimeout(fallback);
            setTimeout(resolve, 0);
          }),
        );
      }),
  );
}

/** One reporter's verdict on a story, as Storybook's `storyFinished` event carries it. */
export interface StoryReport {
  readonly type: string;
  readonly status: string;
}

type Outcome = { error?: string; at?: number; reports?: StoryReport[] };

type StoryFinished = {
  storyId: string;
  status: string;
  reporters?: {
    type: string;
    status: string;
    result?: { violations?: { id: string; help: string; nodes?: { target: unknown[] }[] }[] };
  }[];
};

type SbWindow = Window & {
  __STORYBOOK_PREVIEW__?: {
    currentRender?: unknown;
    storyRenders?: { phase?: string }[];
    channel: {
      on(event: string, listener: (...args: unknown[]) => void): void;
      off(event: string, listener: (...args: unknown[]) => void): void;
      emit(event: string, ...args: unknown[]): void;
    };
  };
};

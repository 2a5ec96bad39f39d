import type { StorybookPage } from '../tests/support/storybook.js';

/**
 * A benchmark suite: a baseline and the cases compared with it, measured in the same run so the
 * ratio survives a noisy shared machine; or a report of figures that need no timing (bundle
 * sizes). Add a suite by exporting one from a `*.bench.ts` file under `bench/` or
 * `packages/<name>/bench/`.
 */
export type BenchSuite<Context = unknown> = NodeBenchSuite<Context> | BrowserBenchSuite | ReportBenchSuite;

export interface NodeBenchCase<Context> {
  readonly name: string;
  readonly run: (context: Context) => unknown;
  /**
   * The most this case may take, as a multiple of its suite's baseline: the runner prints whether
   * the median meets it, and `pnpm bench` exits with 1 when one does not.
   */
  readonly maxRatio?: number;
}

export interface NodeBenchSuite<Context = unknown> {
  readonly kind: 'node';
  readonly name: string;
  /** Builds the input once, outside the timings. */
  readonly setup: () => Context | Promise<Context>;
  readonly baseline: NodeBenchCase<Context>;
  readonly cases: readonly NodeBenchCase<Context>[];
  /** Minimum samples per case (default 10) and time budget per case in ms (default 1000). */
  readonly samples?: number;
  readonly time?: number;
}

export interface BrowserBenchCase {
  readonly name: string;
  /** One sample: returns milliseconds measured inside the page. */
  readonly sample: (page: StorybookPage) => Promise<number>;
  /** As a node case's: the most this case may take, as a multiple of its suite's baseline. */
  readonly maxRatio?: number;
}

export interface BrowserBenchSuite {
  readonly kind: 'browser';
  readonly name: string;
  readonly baseline: BrowserBenchCase;
  readonly cases: readonly BrowserBenchCase[];
  readonly samples?: number;
  /** Facts measured once after the timings (DOM size, say), printed under the table. */
  readonly notes?: (page: StorybookPage) => Promise<readonly string[]>;
}

/** Figures measured once, not timed: the runner prints the table the suite returns. */
export interface ReportBenchSuite {
  readonly kind: 'report';
  readonly name: string;
  /** `build` is false under `--no-build`: use what the last build left. */
  readonly report: (options: { readonly build: boolean }) => string | Promise<string>;
}

export function defineBench<Context>(suite: BenchSuite<Context>): BenchSuite<Context> {
  return suite;
}

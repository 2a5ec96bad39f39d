import type { Change, Plan, ScoreOptions } from '@throughline/core';
import type { BaselineInput } from '../shared/useBaseline.js';
import type { SalvageProps } from '../shared/usePlan.js';
import type { TraceabilityMatrixMessages } from './messages.js';
import type { MatrixRef } from './useMatrixActivation.js';
import type { TraceabilityMatrixFile } from './useMatrixExport.js';
import type { MatrixStateProps } from './useMatrixState.js';

/** The parts of TraceabilityMatrix a host can give classes to (`classNames`). */
export type TraceabilityMatrixSlot =
  | 'root'
  | 'toolbar'
  | 'grid'
  | 'columnHeader'
  | 'rowHeader'
  | 'cell'
  | 'legend'
  | 'details'
  | 'empty'
  | 'error'
  | 'notice';

/** The default class of each part (none when `unstyled`). */
export const DEFAULT_CLASSES: Record<TraceabilityMatrixSlot, string> = {
  root: 'tl-root tl-matrix',
  toolbar: 'tl-matrix-toolbar',
  grid: 'tl-matrix-grid',
  columnHeader: 'tl-matrix-column-header',
  rowHeader: 'tl-matrix-row-header',
  cell: 'tl-matrix-cell',
  legend: 'tl-matrix-legend',
  details: 'tl-matrix-details',
  empty: 'tl-matrix-empty',
  error: 'tl-error',
  notice: 'tl-salvage-notice',
};

/**
 * View state (`rows`, `columns`, `transposed`, `heatmap`, `sortRows`, `sortColumns`, `filters`,
 * `expanded`) follows one contract: `x` controls it, `defaultX` starts it, `onXChange(x)` hears
 * every change. An axis the plan leaves empty offers the shapes that have data, and switching goes
 * through `onRowsChange` / `onColumnsChange`.
 */
export interface TraceabilityMatrixProps extends MatrixStateProps, SalvageProps {
  /** A plan from `createPlan`, or raw host data (validated; data with problems drawn salvaged, with a notice). */
  readonly plan: unknown;
  /** Show each cell's effort in points. */
  readonly showEffort?: boolean;
  /** The plan compared with a baseline: `useBaseline(plan, lastQuarter)`'s result. Unreadable baselines show their problems in a notice; today's plan is drawn as it is. */
  readonly baseline?: BaselineInput;
  /**
   * Called with the one `link` or `unlink` change a toggle makes, or the `review-link` (a `batch`
   * of them for several links) that "Mark reviewed" makes, and the plan it leads to.
   */
  readonly onChange?: (change: Change, nextPlan: Plan) => void;
  /**
   * Called with the goal, initiative or item whose header was activated, for the host's own
   * navigation. (A two-parameter `(id, kind)` callback still works for one release, with a warning.)
   */
  readonly onSelect?: (ref: MatrixRef) => void;
  readonly readOnly?: boolean;
  /** Today, `YYYY-MM-DD`, for the scorer's findings; default the current UTC date. */
  readonly today?: string;
  readonly scoreOptions?: Omit<ScoreOptions, 'today'>;
  readonly toolbar?: boolean;
  readonly onExport?: (file: TraceabilityMatrixFile) => void;
  readonly fileName?: string;
  readonly messages?: Partial<TraceabilityMatrixMessages>;
  /** For numbers and shares; default: the reader's locale (`en-US` on the server and while hydrating, so the HTML matches). */
  readonly locale?: string;
  /** Right to left mirrors the grid: row headers on the right, ArrowLeft moves on along a row. */
  readonly dir?: 'ltr' | 'rtl';
  readonly className?: string;
  readonly classNames?: Partial<Record<TraceabilityMatrixSlot, string>>;
  readonly unstyled?: boolean;
  /** Grids with more cells than this render only the rows and columns in view; default 2,500. */
  readonly virtualizeAbove?: number;
}

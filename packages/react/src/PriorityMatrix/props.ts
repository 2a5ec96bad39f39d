import type {
  Change,
  Plan,
  PriorityColorBy,
  PriorityEntities,
  PriorityFramework,
  PriorityOptions,
  PriorityPoint,
  PrioritySplit,
  PriorityValueScale,
} from '@throughline/core';
import type { SalvageProps } from '../shared/usePlan.js';
import type { PriorityMatrixMessages } from './messages.js';

/** The parts of PriorityMatrix a host can give classes to (`classNames`). */
export type PriorityMatrixSlot =
  | 'root'
  | 'toolbar'
  | 'chart'
  | 'point'
  | 'legend'
  | 'details'
  | 'ranked'
  | 'missing'
  | 'empty'
  | 'error'
  | 'notice';

/** The default class of each part (none when `unstyled`). */
export const DEFAULT_CLASSES: Record<PriorityMatrixSlot, string> = {
  root: 'tl-root tl-pmatrix',
  toolbar: 'tl-pmatrix-toolbar',
  chart: 'tl-pmatrix-chart',
  // None by default: points are styled through the chart's class (a class on each of two thousand
  // points costs their mount); a host's `classNames.point` goes on every point.
  point: '',
  legend: 'tl-pmatrix-legend',
  details: 'tl-pmatrix-details',
  ranked: 'tl-pmatrix-ranked',
  missing: 'tl-pmatrix-missing',
  empty: 'tl-pmatrix-empty',
  error: 'tl-error',
  notice: 'tl-salvage-notice',
};

/**
 * The props of PriorityMatrix. View state a host may own (`framework`, `entities`) follows one
 * contract: `x` controls it, `defaultX` starts it, `onXChange(x)` hears every change.
 */
export interface PriorityMatrixProps extends SalvageProps {
  /** A plan from `createPlan`, or raw host data (validated; data with problems drawn salvaged, with a notice). */
  readonly plan: unknown;
  /** The framework that scores the points; default `rice`. */
  readonly framework?: PriorityFramework;
  readonly defaultFramework?: PriorityFramework;
  readonly onFrameworkChange?: (framework: PriorityFramework) => void;
  /** Backlog items (default) or initiatives. */
  readonly entities?: PriorityEntities;
  readonly defaultEntities?: PriorityEntities;
  readonly onEntitiesChange?: (entities: PriorityEntities) => void;
  /** `scorePriorities`' options but the framework: RICE effort, ICE's combination, criteria, the strategic floor. */
  readonly scoreOptions?: Omit<PriorityOptions, 'framework'>;
  /** What colours a point: its first goal (default) or its theme. */
  readonly colorBy?: PriorityColorBy;
  /** Where the quadrants meet: the medians (default) or thresholds in the framework's units. */
  readonly split?: PrioritySplit;
  /** The value axis: `auto` (default: log when reach-heavy values crowd a straight one), `linear` or `log`. */
  readonly valueScale?: PriorityValueScale;
  /** The backlog the ranked list's gaps and "Apply this order" are about; default the first product backlog. */
  readonly backlogId?: string;
  /** Called with the `set-priority` change a drop makes, or the batch "Apply this order" makes, and the plan it leads to. */
  readonly onChange?: (change: Change, nextPlan: Plan) => void;
  /** Called with the item or initiative a click, Enter (read only) or the ranked list picks. */
  readonly onSelect?: (ref: PriorityPoint['ref']) => void;
  readonly readOnly?: boolean;
  /** Show the framework and entities controls; default true. */
  readonly toolbar?: boolean;
  readonly messages?: Partial<PriorityMatrixMessages>;
  /** For numbers; default: the reader's locale (`en-US` on the server and while hydrating, so the HTML matches). */
  readonly locale?: string;
  /** Right to left mirrors the chart: the value axis on the right, effort growing to the left. */
  readonly dir?: 'ltr' | 'rtl';
  readonly className?: string;
  readonly classNames?: Partial<Record<PriorityMatrixSlot, string>>;
  readonly unstyled?: boolean;
}

/**
 * The theming contract: every `--tl-` custom property the default stylesheet defines, grouped the
 * way a design-system team maps them onto its own tokens. `styles.css` is the source of the values;
 * this list is the source of the names and their intent, and a test keeps the two in step.
 *
 * @example
 * // Map Throughline's accent onto a design system's brand colour:
 * // .my-portal { --tl-color-accent: var(--ds-brand-600); }
 * themeTokens.filter((token) => token.group === 'colour').map((token) => token.name);
 */
export type ThemeTokenGroup = 'colour' | 'space' | 'size' | 'radius' | 'type' | 'stacking' | 'effect';

/** One `--tl-` custom property of the theming contract: its name, its group and what the views use it for. */
export interface ThemeToken {
  /** The custom property, with its `--tl-` prefix. */
  readonly name: `--tl-${string}`;
  readonly group: ThemeTokenGroup;
  /** What the views use it for. */
  readonly description: string;
}

const token = (name: `--tl-${string}`, group: ThemeTokenGroup, description: string): ThemeToken => ({
  name,
  group,
  description,
});

/**
 * Every `--tl-` custom property `@throughline/react/styles.css` defines, in the stylesheet's order:
 * the list a design-system team maps onto its own tokens, or a theme editor draws as inputs.
 *
 * @example
 * const spacing = themeTokens.filter((token) => token.group === 'space');
 * spacing.map((token) => `${token.name}: ${token.description}`);
 */
export const themeTokens: readonly ThemeToken[] = [
  token('--tl-color-bg', 'colour', 'Background of every view.'),
  token('--tl-color-surface', 'colour', 'Lanes, headers and group rows.'),
  token('--tl-color-surface-raised', 'colour', 'Rows, bars and menus that sit above a surface.'),
  token('--tl-color-border', 'colour', 'Dividers and outlines.'),
  token('--tl-color-border-strong', 'colour', 'Outlines that must stay visible against a surface.'),
  token('--tl-color-text', 'colour', 'Body text.'),
  token('--tl-color-text-muted', 'colour', 'Secondary text: estimates, dates, counts.'),
  token('--tl-color-accent', 'colour', 'Selection, links and primary actions.'),
  token('--tl-color-accent-contrast', 'colour', 'Text drawn on the accent colour.'),
  token('--tl-color-accent-subtle', 'colour', 'Background of selected rows and cells.'),
  token('--tl-color-focus', 'colour', 'Keyboard focus ring: its edge, 3:1 or more against every fill it sits on.'),
  token('--tl-color-focus-halo', 'colour', 'Inside the focus ring, so it shows on fills close to the focus colour.'),
  token('--tl-color-success', 'colour', 'Done work and met targets.'),
  token('--tl-color-warning', 'colour', 'Findings worth a look.'),
  token('--tl-color-danger', 'colour', 'Errors and findings that need action.'),
  token('--tl-color-today', 'colour', "The timeline's today marker."),
  token('--tl-color-trace-goal', 'colour', 'Trace badge: the item reaches a goal.'),
  token('--tl-color-trace-initiative', 'colour', 'Trace badge: the item reaches an initiative but no goal.'),
  token('--tl-color-trace-orphan', 'colour', 'Trace badge: the item has no strategic link.'),
  token('--tl-color-kind-epic', 'colour', 'Epic marker.'),
  token('--tl-color-kind-story', 'colour', 'User story marker.'),
  token('--tl-color-kind-task', 'colour', 'Task marker.'),
  token('--tl-color-kind-bug', 'colour', 'Bug marker.'),
  token('--tl-color-kind-improvement', 'colour', 'Improvement marker.'),
  token('--tl-color-kind-tech-debt', 'colour', 'Technical debt marker.'),
  token('--tl-color-kind-spike', 'colour', 'Research spike marker.'),
  token('--tl-color-confidence-committed', 'colour', 'Initiative bar: committed.'),
  token('--tl-color-confidence-likely', 'colour', 'Initiative bar: likely.'),
  token('--tl-color-confidence-exploratory', 'colour', 'Initiative bar: exploratory.'),
  token('--tl-color-score-good', 'colour', 'Alignment report: a score or sub-score of 80 or more.'),
  token('--tl-color-score-fair', 'colour', 'Alignment report: a score or sub-score from 60 to 80.'),
  token('--tl-color-score-poor', 'colour', 'Alignment report: a score or sub-score below 60.'),
  token('--tl-color-readiness-ready', 'colour', 'Refinement shape: ready items (drawn solid).'),
  token('--tl-color-readiness-partial', 'colour', 'Refinement shape: partly defined items (drawn striped).'),
  token('--tl-color-readiness-rough', 'colour', 'Refinement shape: rough items (drawn dotted).'),
  token('--tl-color-effort', 'colour', "Effort by goal: a goal's share of the estimate (drawn solid)."),
  token('--tl-color-effort-expected', 'colour', 'Effort by goal: the share a goal should get (drawn striped).'),
  token('--tl-color-rank-up', 'colour', 'Priority column: the framework’s order would move the item up.'),
  token('--tl-color-rank-down', 'colour', 'Priority column: the framework’s order would move the item down.'),
  token('--tl-color-baseline-up', 'colour', 'Against a baseline: an item moved up since, or a score rose (with ▲).'),
  token(
    '--tl-color-baseline-down',
    'colour',
    'Against a baseline: an item moved down since, or a score fell (with ▼).',
  ),
  token(
    '--tl-color-baseline-new',
    'colour',
    'Against a baseline: an item new to its backlog since (dashed, with “New”).',
  ),
  token(
    '--tl-color-ghost',
    'colour',
    'Timeline against a baseline: the dashed outline of a bar’s baseline dates (its slip arrow takes the baseline up and down colours, with its days in text).',
  ),
  token(
    '--tl-color-suspect',
    'colour',
    'Traceability matrix against a baseline: the hatch, dashed frame and “!” of a suspect cell (what its link points to changed since).',
  ),
  token('--tl-color-series-1', 'colour', 'Priority matrix: the palette’s first colour, for points by goal or theme.'),
  token('--tl-color-series-2', 'colour', 'Priority matrix: the palette’s second colour, for points by goal or theme.'),
  token('--tl-color-series-3', 'colour', 'Priority matrix: the palette’s third colour, for points by goal or theme.'),
  token('--tl-color-series-4', 'colour', 'Priority matrix: the palette’s fourth colour, for points by goal or theme.'),
  token('--tl-color-series-5', 'colour', 'Priority matrix: the palette’s fifth colour, for points by goal or theme.'),
  token('--tl-color-series-6', 'colour', 'Priority matrix: the palette’s sixth colour, for points by goal or theme.'),
  token('--tl-color-series-7', 'colour', 'Priority matrix: the palette’s seventh colour, for points by goal or theme.'),
  token('--tl-color-series-8', 'colour', 'Priority matrix: the palette’s eighth colour, for points by goal or theme.'),
  token('--tl-color-series-none', 'colour', 'Priority matrix: points of work that reaches no goal or theme.'),
  token(
    '--tl-color-quadrant-quick-win',
    'colour',
    'Priority matrix: the quick wins quadrant (high value, low effort).',
  ),
  token('--tl-color-quadrant-big-bet', 'colour', 'Priority matrix: the big bets quadrant (high value, high effort).'),
  token('--tl-color-quadrant-filler', 'colour', 'Priority matrix: the fillers quadrant (low value, low effort).'),
  token(
    '--tl-color-quadrant-money-pit',
    'colour',
    'Priority matrix: the money pits quadrant (low value, high effort).',
  ),
  token('--tl-shadow-raised', 'effect', 'Shadow under raised rows, bars and menus.'),
  token('--tl-space-1', 'space', 'Hairline gaps.'),
  token('--tl-space-2', 'space', 'Inside badges.'),
  token('--tl-space-3', 'space', 'Between a row’s parts.'),
  token('--tl-space-4', 'space', 'Row padding.'),
  token('--tl-space-5', 'space', 'Between groups.'),
  token('--tl-space-6', 'space', 'Around a whole view.'),
  token('--tl-row-height', 'size', 'Height of a backlog row or matrix cell.'),
  token('--tl-bar-height', 'size', 'Height of an initiative bar.'),
  token('--tl-list-max-height', 'size', 'Height of a long (virtualised) list before it scrolls.'),
  token('--tl-timeline-max-height', 'size', 'Height of the roadmap timeline before its lanes scroll.'),
  token('--tl-matrix-max-height', 'size', 'Height of the traceability matrix before it scrolls.'),
  token('--tl-radius-sm', 'radius', 'Badges and cells.'),
  token('--tl-radius-md', 'radius', 'Rows and bars.'),
  token('--tl-radius-lg', 'radius', 'Panels and menus.'),
  token('--tl-radius-pill', 'radius', 'Pills and progress bars.'),
  token('--tl-focus-ring-width', 'size', 'Width of the keyboard focus ring.'),
  token('--tl-font-family', 'type', 'All text.'),
  token('--tl-font-family-mono', 'type', 'Ids and codes.'),
  token('--tl-font-size-xs', 'type', 'Axis ticks and fine print.'),
  token('--tl-font-size-sm', 'type', 'Badges and secondary text.'),
  token('--tl-font-size-md', 'type', 'Body text.'),
  token('--tl-font-size-lg', 'type', 'Lane and group headings.'),
  token('--tl-font-size-xl', 'type', 'View titles and the vision statement.'),
  token('--tl-font-weight-regular', 'type', 'Body text.'),
  token('--tl-font-weight-medium', 'type', 'Titles of rows and bars.'),
  token('--tl-font-weight-bold', 'type', 'Headings.'),
  token('--tl-line-height', 'type', 'Line height of all text.'),
  token('--tl-z-sticky', 'stacking', 'Sticky headers over scrolled content.'),
  token('--tl-z-drag', 'stacking', 'The item being dragged.'),
  token('--tl-z-popover', 'stacking', 'Menus and popovers.'),
];

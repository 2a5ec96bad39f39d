'use client';
import { memo } from 'react';
import type { Line } from './lines.js';
import type { MatrixLook } from './matrixLook.js';
import type { MatrixSpan } from './useMatrixVirtual.js';

export interface MatrixLineHeaderProps {
  /** The goal, initiative or piece of work it heads. */
  readonly line: Line;
  /** Its focus position: `row: -1` in the header row, `column: -1` in the header column. */
  readonly row: number;
  readonly column: number;
  readonly role: 'rowheader' | 'columnheader';
  /** Where it starts along the header row (column headers only), its width and its height. */
  readonly start?: number | undefined;
  readonly width: number;
  readonly height: number;
  readonly tabbable: boolean;
  readonly look: MatrixLook;
}

/**
 * The header of one line, on either axis: a goal or initiative (title, expand state, coverage,
 * findings, effort bar) or a piece of work (id and kind, title, orphan mark). State is on
 * `data-kind`, `data-depth`, `data-uncovered`, `data-orphan` and `data-orphan-start`.
 */
export const MatrixLineHeader = memo(function MatrixLineHeader(props: MatrixLineHeaderProps) {
  const { line, look, row: r, column: c } = props;
  const { messages } = look;
  const common = {
    role: props.role,
    className: props.role === 'rowheader' ? look.rowHeaderClass : look.columnHeaderClass,
    style: {
      ...(props.start === undefined ? {} : { insetInlineStart: props.start }),
      width: props.width,
      height: props.height,
    },
    'data-pos': `${r}:${c}`,
    'data-row': r,
    'data-column': c,
    'aria-colindex': c + 2,
    tabIndex: props.tabbable ? 0 : -1,
    'aria-describedby': look.instructionsId,
  };
  if (line.type === 'strategy') {
    const row = line.row;
    return (
      <div
        {...common}
        data-kind={row.kind}
        data-depth={row.depth}
        data-uncovered={row.uncovered || undefined}
        {...(row.expandable ? { 'aria-expanded': row.expanded } : {})}
      >
        <span className="tl-matrix-heading">
          {row.expandable ? <span aria-hidden="true">{row.expanded ? '▾ ' : '▸ '}</span> : null}
          <span className="tl-matrix-title">{row.title}</span>
        </span>
        <span className="tl-matrix-coverage">
          {row.uncovered
            ? messages.uncovered
            : messages.coverage(
                look.number(row.itemCount),
                look.number(row.estimateSum),
                look.percent(row.doneShare),
                row.itemCount,
                row.estimateSum,
              )}
          {row.findings.length > 0 ? ` · ⚑ ${messages.findings(row.findings.length)}` : null}
        </span>
        <span className="tl-matrix-bar" aria-hidden="true">
          <span style={{ inlineSize: `${Math.round(row.effortShare * 100)}%` }} />
        </span>
      </div>
    );
  }
  const column = line.column;
  return (
    <div
      {...common}
      data-kind={column.kind}
      data-orphan={column.orphan || undefined}
      data-orphan-start={(r === -1 ? c : r) === look.orphanStart || undefined}
    >
      <span className="tl-matrix-id">
        {column.id} · {messages.kind[column.kind]}
      </span>
      <span className="tl-matrix-title">{column.title}</span>
      {column.orphan ? <span className="tl-matrix-orphan">⊘ {messages.orphan}</span> : null}
      {column.findings.length > 0 ? (
        <span className="tl-visually-hidden">{messages.findings(column.findings.length)}</span>
      ) : null}
    </div>
  );
});

export interface MatrixHeaderRowProps {
  /** The lines drawn across, and which of them are drawn now. */
  readonly across: readonly Line[];
  readonly columns: readonly MatrixSpan[];
  readonly width: number;
  readonly height: number;
  readonly cornerWidth: number;
  /** The focused column when focus is in the header row (`-1` the corner), else null. */
  readonly focusedColumn: number | null;
  readonly transposed: boolean;
  readonly look: MatrixLook;
}

/** The sticky header row: the corner (the whole plan's findings) and a header per column drawn. */
export const MatrixHeaderRow = memo(function MatrixHeaderRow(props: MatrixHeaderRowProps) {
  const { look, focusedColumn } = props;
  return (
    // biome-ignore lint/a11y/useSemanticElements lint/a11y/useFocusableInteractive: the header row of a virtualised div grid; its headers take focus, not the row.
    <div
      role="row"
      aria-rowindex={1}
      className="tl-matrix-header-row"
      style={{ width: props.width, height: props.height }}
    >
      {/* biome-ignore lint/a11y/useSemanticElements: the corner header of a div grid, focusable through roving tabIndex. */}
      <div
        role="columnheader"
        aria-colindex={1}
        className={look.columnHeaderClass ? `${look.columnHeaderClass} tl-matrix-corner` : 'tl-matrix-corner'}
        style={{ width: props.cornerWidth, height: props.height }}
        data-pos="-1:-1"
        data-row={-1}
        data-column={-1}
        tabIndex={focusedColumn === -1 ? 0 : -1}
        aria-describedby={look.instructionsId}
      >
        {props.transposed ? look.messages.cornerTransposed : look.messages.corner}
      </div>
      {props.columns.map((span) => {
        const line = props.across[span.index];
        if (!line) return null;
        return (
          <MatrixLineHeader
            key={line.type === 'strategy' ? line.row.key : line.column.id}
            line={line}
            row={-1}
            column={span.index}
            role="columnheader"
            start={span.start}
            width={span.size}
            height={props.height}
            tabbable={focusedColumn === span.index}
            look={look}
          />
        );
      })}
    </div>
  );
});

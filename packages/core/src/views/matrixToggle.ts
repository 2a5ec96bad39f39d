import type { Change } from '../changes/types.js';
import { getPlanIndex } from '../model/planIndex.js';
import type { Item, Plan } from '../model/types.js';
import { traceItem } from '../trace/traceItem.js';
import type { MatrixCell, MatrixColumn, MatrixRow } from './matrixTypes.js';

/** What toggling a matrix cell does: a change to emit, or why the cell does not toggle. */
export type MatrixToggle =
  | { readonly kind: 'change'; readonly change: Extract<Change, { type: 'link' | 'unlink' }> }
  /** The link comes from an ancestor: it changes there, not on this item. */
  | { readonly kind: 'inherited'; readonly via: Item | undefined }
  /** Work links to initiatives, not to goals. */
  | { readonly kind: 'goal' };

/**
 * The outcome of toggling the cell where a goal or initiative row meets a piece of work: on an
 * initiative's row an empty cell links the item to it and a direct link is removed; an inherited
 * link names the ancestor that carries it instead; a goal's row links nothing.
 *
 * @example
 * const toggle = matrixToggle(plan, view.rows[r], view.columns[c], view.cell(r, c));
 * if (toggle.kind === 'change') onChange(toggle.change);
 */
export function matrixToggle(plan: Plan, row: MatrixRow, column: MatrixColumn, cell: MatrixCell | null): MatrixToggle {
  if (row.kind === 'goal') return { kind: 'goal' };
  if (cell?.link === 'inherited') {
    const viaId = traceItem(plan, column.id)?.initiative?.viaItemId;
    return { kind: 'inherited', via: viaId === undefined ? undefined : getPlanIndex(plan).items.get(viaId) };
  }
  return {
    kind: 'change',
    change: cell ? { type: 'unlink', itemId: column.id } : { type: 'link', itemId: column.id, initiativeId: row.id },
  };
}

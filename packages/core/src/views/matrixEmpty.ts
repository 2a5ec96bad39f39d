import type { Plan } from '../model/types.js';
import type { MatrixColumnsBy, MatrixEmptyAxis, MatrixRowsBy } from './matrixTypes.js';

/**
 * Which axes of the traceability matrix the chosen shape leaves empty in this plan, and the other
 * shapes of each that would have data, so a view can say why it is blank and offer the way out:
 * rows by goal in a plan with no goals offers initiatives, columns by epic in a plan with items but
 * no epics offers every item, and a plan with no items at all says so with nothing to offer. Rows
 * count initiatives that are not dropped, as `matrixView` does; filters (orphans, uncovered, text)
 * are not considered, since they are the view's own and have their own way back. At most one entry
 * an axis, rows first; an empty list when both axes have data.
 *
 * @example
 * matrixEmptyAxes(plan, { rows: 'goals', columns: 'epics' });
 * // a plan with items but no epics and no goals:
 * // [{ emptyAxis: 'rows', reason: 'no-goals', alternatives: ['initiatives'] },
 * //  { emptyAxis: 'columns', reason: 'no-epics', alternatives: ['items'] }]
 */
export function matrixEmptyAxes(
  plan: Plan,
  options: { readonly rows?: MatrixRowsBy; readonly columns?: MatrixColumnsBy } = {},
): readonly MatrixEmptyAxis[] {
  const rowsBy = options.rows ?? 'goals';
  const columnsBy = options.columns ?? 'epics';
  const empty: MatrixEmptyAxis[] = [];

  const hasGoals = plan.goals.length > 0;
  const hasInitiatives = plan.initiatives.some((initiative) => initiative.status !== 'dropped');
  if (rowsBy === 'goals' && !hasGoals) {
    empty.push({ emptyAxis: 'rows', reason: 'no-goals', alternatives: hasInitiatives ? ['initiatives'] : [] });
  } else if (rowsBy === 'initiatives' && !hasInitiatives) {
    empty.push({ emptyAxis: 'rows', reason: 'no-initiatives', alternatives: hasGoals ? ['goals'] : [] });
  }

  if (plan.items.length === 0) {
    empty.push({ emptyAxis: 'columns', reason: 'no-items', alternatives: [] });
    return empty;
  }
  if (columnsBy === 'items') return empty;
  const kinds = new Set(columnsBy === 'epics' ? ['epic'] : columnsBy);
  if (plan.items.some((item) => kinds.has(item.kind))) return empty;
  const hasEpics = plan.items.some((item) => item.kind === 'epic');
  empty.push(
    columnsBy === 'epics'
      ? { emptyAxis: 'columns', reason: 'no-epics', alternatives: ['items'] }
      : { emptyAxis: 'columns', reason: 'no-items-of-kinds', alternatives: hasEpics ? ['epics', 'items'] : ['items'] },
  );
  return empty;
}

import type { PlanInput } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import { usePlanHistory } from '../history/usePlanHistory.js';
import { LastChange, storyPlan, storyPlanProp } from '../shared/PlanHost.story.js';
import { PriorityMatrix, type PriorityMatrixProps } from './PriorityMatrix.js';

// Story data and the host the priority matrix's stories embed it in.

/**
 * The built-in sample plan, whose items and initiatives carry priority inputs for every framework
 * (a few left out or wrong on purpose). `missing` leaves out more, as a tracker export does: the
 * RICE reach of every fifth item that has inputs, the RICE effort of every seventh, and all the
 * inputs of every eleventh.
 */
export function samplePriorities(options: { readonly missing?: boolean } = {}): PlanInput {
  const input = samplePlan();
  if (!options.missing) return input;
  let n = 0;
  const items = input.items?.map((item) => {
    const priority = item.priority;
    if (!priority) return item;
    n++;
    if (n % 11 === 0) {
      const { priority: _, ...rest } = item;
      return rest;
    }
    const { reach, effort, ...others } = priority.rice ?? {};
    const rice = { ...others, ...(n % 5 === 0 ? {} : { reach }), ...(n % 7 === 0 ? {} : { effort }) };
    return { ...item, priority: { ...priority, rice } };
  });
  return { ...input, items };
}

/** The matrix as a host embeds it: changes kept in a plan history with undo and redo, the last one printed. */
export function PriorityHost(props: PriorityMatrixProps) {
  const history = usePlanHistory(() => storyPlan(props.plan));
  return (
    <>
      <PriorityMatrix
        {...props}
        plan={storyPlanProp(history, props.plan)}
        onChange={(change, next) => {
          history.apply(change);
          props.onChange?.(change, next);
        }}
      />
      <p className="tl-story-output">
        <button type="button" className="tl-pmatrix-control" disabled={!history.canUndo} onClick={history.undo}>
          Undo
        </button>{' '}
        <button type="button" className="tl-pmatrix-control" disabled={!history.canRedo} onClick={history.redo}>
          Redo
        </button>
      </p>
      <LastChange history={history} />
    </>
  );
}

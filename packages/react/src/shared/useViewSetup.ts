import { useMemo } from 'react';
import { slotClass } from './classes.js';
import { type PlanState, usePlan } from './usePlan.js';

/** The props every view takes for its data, words and looks. */
interface ViewBaseProps<S extends string, M> {
  readonly plan: unknown;
  readonly messages?: Partial<M> | undefined;
  readonly classNames?: Partial<Record<S, string>> | undefined;
  readonly unstyled?: boolean | undefined;
}

/**
 * What every view starts from: its plan validated (or the problems), its messages over the English
 * defaults, and the class of each of its parts.
 */
export function useViewSetup<S extends string, M extends object>(
  props: ViewBaseProps<S, M>,
  defaults: M,
  classes: Record<S, string>,
): { state: PlanState; messages: M; slot: (name: S) => string | undefined } {
  const state = usePlan(props.plan);
  const messages = useMemo(() => ({ ...defaults, ...props.messages }), [defaults, props.messages]);
  const slot = (name: S) => slotClass(name, classes, props.classNames, props.unstyled);
  return { state, messages, slot };
}

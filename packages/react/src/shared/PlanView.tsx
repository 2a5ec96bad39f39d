'use client';
import type { Plan } from '@throughline/core';
import type { ReactNode } from 'react';
import { cx } from './classes.js';
import { InvalidPlan } from './PlanError.js';
import { useViewSetup, type ViewBaseProps, type ViewMessages } from './useViewSetup.js';

/** What a view's body draws from, once its plan is drawable. */
export interface ViewSetup<S extends string, M> {
  readonly plan: Plan;
  readonly messages: M;
  readonly slot: (name: S) => string | undefined;
  /** The salvage notice to draw first inside the root; null when nothing was set aside. */
  readonly notice: ReactNode;
  readonly locale: string;
}

interface PlanViewProps<S extends string, M extends ViewMessages> {
  /** The view's own props: its data, words, looks and direction. */
  readonly props: ViewBaseProps<S, M> & { readonly className?: string | undefined; readonly dir?: 'ltr' | 'rtl' };
  readonly defaults: M;
  readonly classes: Record<S, string> & { readonly root: string; readonly error: string; readonly notice: string };
  readonly children: (setup: ViewSetup<S, M>) => ReactNode;
}

/**
 * Every view's outer part, the same for each: the plan validated or salvaged (`useViewSetup`), and
 * either the view's body drawn from it or, for data that cannot be drawn (or `strict` data with
 * problems), a readable error in the view's root instead of a crash.
 *
 * @example
 * export function PriorityMatrix(props: PriorityMatrixProps) {
 *   return (
 *     <PlanView props={props} defaults={defaultPriorityMatrixMessages} classes={DEFAULT_CLASSES}>
 *       {(setup) => <Matrix {...props} {...setup} />}
 *     </PlanView>
 *   );
 * }
 */
export function PlanView<S extends string, M extends ViewMessages>({
  props,
  defaults,
  classes,
  children,
}: PlanViewProps<S, M>) {
  const { state, messages, slot, notice, locale } = useViewSetup(props, defaults, classes);
  if (!state.ok) {
    return (
      <InvalidPlan
        errors={state.errors}
        messages={messages}
        className={cx(slot('root' as S), props.className)}
        errorClassName={slot('error' as S)}
        dir={props.dir}
      />
    );
  }
  return children({ plan: state.plan, messages, slot, notice, locale });
}

'use client';
import type { SalvageProblem } from '@throughline/core';
import { createElement, type ReactNode, useEffect, useMemo, useRef } from 'react';
import { slotClass } from './classes.js';
import { SalvageNotice } from './SalvageNotice.js';
import type { SalvageMessages } from './salvageMessages.js';
import { useLocale } from './useLocale.js';
import { type PlanState, type SalvageProps, usePlan } from './usePlan.js';

/** The props every view takes for its data, words and looks. */
export interface ViewBaseProps<S extends string, M> extends SalvageProps {
  readonly plan: unknown;
  readonly messages?: Partial<M> | undefined;
  readonly classNames?: Partial<Record<S, string>> | undefined;
  readonly unstyled?: boolean | undefined;
  readonly locale?: string | undefined;
}

/** The words every view has for data it cannot draw or had to salvage. */
export interface ViewMessages extends SalvageMessages {
  readonly moreProblems: (count: number) => string;
  readonly invalidPlan: string;
}

/**
 * What every view starts from: its plan validated or salvaged (or the problems, when `strict`),
 * its messages over the English defaults, the class of each of its parts, the notice to draw
 * first inside its root when the data was salvaged (null otherwise), and the locale to format
 * with (`useLocale`). Reports salvage's problems
 * to `onProblems` once per input.
 */
export function useViewSetup<S extends string, M extends ViewMessages>(
  props: ViewBaseProps<S, M>,
  defaults: M,
  classes: Record<S, string> & { readonly notice: string },
): { state: PlanState; messages: M; slot: (name: S) => string | undefined; notice: ReactNode; locale: string } {
  const state = usePlan(props.plan, { strict: props.strict });
  const locale = useLocale(props.locale);
  const messages = useMemo(() => ({ ...defaults, ...props.messages }), [defaults, props.messages]);
  const slot = (name: S) => slotClass(name, classes, props.classNames, props.unstyled);
  const salvaged = state.ok ? state.salvaged : null;
  useReportProblems(salvaged?.problems, props.onProblems);
  const notice = salvaged
    ? createElement(SalvageNotice, { salvaged, messages, locale, className: slot('notice' as S) })
    : null;
  return { state, messages, slot, notice, locale };
}

/**
 * Calls `onProblems` once for each new list of problems: in an effect, never during render, and
 * not again when StrictMode runs effects twice or the host passes a new callback.
 */
function useReportProblems(
  problems: readonly SalvageProblem[] | undefined,
  onProblems: ((problems: readonly SalvageProblem[]) => void) | undefined,
) {
  // The latest callback, read when problems change: a new function each render must not re-report.
  const callback = useRef(onProblems);
  useEffect(() => {
    callback.current = onProblems;
  });
  const reported = useRef<readonly SalvageProblem[] | undefined>(undefined);
  useEffect(() => {
    if (!problems || reported.current === problems) return;
    reported.current = problems;
    callback.current?.(problems);
  }, [problems]);
}

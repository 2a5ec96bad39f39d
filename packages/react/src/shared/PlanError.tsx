'use client';
import type { PlanProblem } from '@throughline/core';

export interface PlanErrorProps {
  readonly errors: readonly PlanProblem[];
  readonly title: string;
  readonly className?: string;
  /** How many problems to list before summarising the rest. */
  readonly limit?: number;
  readonly moreLabel: (count: number) => string;
}

/** The error state every view shows for an invalid plan: what is wrong, where, and its code. */
export function PlanError({ errors, title, className, limit = 20, moreLabel }: PlanErrorProps) {
  return (
    <div role="alert" className={className} data-tl-part="error">
      <p className="tl-error-title">{title}</p>
      <ul className="tl-error-list">
        {errors.slice(0, limit).map((problem, at) => (
          // Fixed for one input, and two problems may read the same (paths and messages hold ids):
          // keyed by place, not by joining their text.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={at}>
            <code>{problem.path || '(plan)'}</code> {problem.message}{' '}
            <span className="tl-error-code">[{problem.code}]</span>
          </li>
        ))}
      </ul>
      {errors.length > limit ? <p>{moreLabel(errors.length - limit)}</p> : null}
    </div>
  );
}

/** A view's whole output for an invalid plan: its root element holding the list of problems. */
export function InvalidPlan(props: {
  readonly errors: readonly PlanProblem[];
  readonly messages: { readonly invalidPlan: string; readonly moreProblems: (count: number) => string };
  readonly className: string | undefined;
  readonly errorClassName: string | undefined;
  readonly dir?: 'ltr' | 'rtl' | undefined;
}) {
  return (
    <div className={props.className} dir={props.dir}>
      <PlanError
        errors={props.errors}
        title={props.messages.invalidPlan}
        moreLabel={props.messages.moreProblems}
        className={props.errorClassName}
      />
    </div>
  );
}

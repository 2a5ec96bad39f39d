'use client';
import { PlanError } from './PlanError.js';
import type { BaselineInput } from './useBaseline.js';

/**
 * What a view shows above today's plan when its `baseline` could not be read: each problem with
 * its path, under the view's title for it. Nothing for a readable baseline or none.
 */
export function BaselineNotice(props: {
  readonly baseline: BaselineInput;
  readonly messages: { readonly baselineUnreadable: string; readonly moreProblems: (count: number) => string };
  readonly className?: string | undefined;
}) {
  const { baseline, messages } = props;
  if (baseline === undefined || !('errors' in baseline)) return null;
  return (
    <PlanError
      errors={baseline.errors}
      title={messages.baselineUnreadable}
      moreLabel={messages.moreProblems}
      className={props.className ?? 'tl-error tl-baseline-error'}
      limit={5}
    />
  );
}

'use client';
import { useMemo } from 'react';
import { numberText } from './intlText.js';
import { type SalvageMessages, salvageHeadline } from './salvageMessages.js';
import { useLocale } from './useLocale.js';
import type { Salvaged } from './usePlan.js';

/** What `SalvageNotice` draws: what `usePlan` salvaged, the words, the locale for counts, how many problems to list. */
export interface SalvageNoticeProps {
  readonly salvaged: Salvaged;
  readonly messages: SalvageMessages & { readonly moreProblems: (count: number) => string };
  /** For the counts; default: the reader's locale (`en-US` on the server and while hydrating). */
  readonly locale?: string | undefined;
  readonly className?: string | undefined;
  /** How many problems to list before summarising the rest. */
  readonly limit?: number | undefined;
}

/**
 * Says that a view drew salvaged data: one sentence of counts (a polite status, so it never
 * takes focus and is read when the data changes), then, on request, each problem with its path,
 * its message, what was set aside and its code. Shared by every view, above what it draws; a host
 * that salvages data itself can show the same notice above its own page.
 *
 * @example
 * const { plan, problems, summary } = salvagePlan(input);
 * <SalvageNotice
 *   salvaged={{ problems, summary }}
 *   messages={{ ...defaultSalvageMessages, moreProblems: (n) => `…and ${n} more` }}
 * />
 */
export function SalvageNotice({ salvaged, messages, locale: hostLocale, className, limit = 20 }: SalvageNoticeProps) {
  const locale = useLocale(hostLocale);
  const format = useMemo(() => numberText(locale), [locale]);
  const { problems, summary } = salvaged;
  const more = problems.length - limit;
  return (
    <div className={className} data-tl-part="salvage-notice">
      <p role="status" className="tl-salvage-headline">
        {salvageHeadline(summary, messages, format)}
      </p>
      <details className="tl-salvage-details">
        <summary>{messages.salvageDetails(problems.length, format(problems.length))}</summary>
        <ul className="tl-salvage-list">
          {problems.slice(0, limit).map((problem, at) => (
            // The list is fixed for one input, and two problems may read the same: keyed by place.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={at} data-severity={problem.severity} data-set-aside={problem.setAside.kind}>
              <code>{problem.path || messages.salvageWholePlan}</code> {problem.message}{' '}
              <span className="tl-salvage-set-aside">
                {messages.salvageSetAside} {problem.setAside.description}
              </span>{' '}
              <span className="tl-error-code">[{problem.code}]</span>
            </li>
          ))}
        </ul>
        {more > 0 ? <p className="tl-salvage-more">{messages.moreProblems(more)}</p> : null}
      </details>
    </div>
  );
}

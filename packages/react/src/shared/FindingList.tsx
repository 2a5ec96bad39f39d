'use client';
import { type Finding, type FindingGroup, type FindingSeverity, groupFindings } from '@throughline/core';
import { createElement, type ReactNode, useId, useMemo, useState } from 'react';
import { plural } from './plural.js';

/** The words a finding list shows; views pass theirs from their own `messages`. */
export interface FindingListMessages {
  readonly severity: Readonly<Record<FindingSeverity, string>>;
  /** A group's heading: its severity (in words), how many findings, and the rule. */
  readonly group: (severity: string, count: number, rule: string) => string;
  /** The button that lists the rest of a group. */
  readonly more: (count: number) => string;
  readonly fewer: string;
  /** Before a group's fix, said once. */
  readonly fix: string;
}

/**
 * The English words of a finding list. Spread them and replace what you translate; the views take
 * theirs through their own `messages` prop.
 *
 * @example
 * const messages = { ...defaultFindingListMessages, fewer: 'Weniger zeigen', fix: 'Lösung:' };
 */
export const defaultFindingListMessages: FindingListMessages = {
  severity: { error: 'Error', warn: 'Warning' },
  group: (severity, count, rule) =>
    `${severity}: ${count} ${plural(count, { one: 'finding', other: 'findings' })} (${rule})`,
  more: (count) => `…and ${count} more`,
  fewer: 'Show fewer',
  fix: 'Fix:',
};

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

interface FindingListOptions<F extends Finding> {
  readonly className?: string | undefined;
  readonly messages?: Partial<FindingListMessages> | undefined;
  /** How many of a group's findings show before "…and N more"; default 3. */
  readonly preview?: number;
  /**
   * Every group, of one finding or many, is a disclosure: a heading (`headingLevel`, default 3)
   * whose button shows or hides the group's findings, hidden at first. The count, severity and
   * fix stay in view. Without it, a finding alone is shown whole and a group shows its first few.
   */
  readonly collapsible?: boolean;
  readonly headingLevel?: HeadingLevel;
  /** Drawn after a finding's message: the things it concerns, as links, say. */
  readonly renderDetail?: ((finding: F) => ReactNode) | undefined;
}

/** A list of findings to group, or groups `groupFindings` already made (a view-model's, say). */
export type FindingListProps<F extends Finding = Finding> = FindingListOptions<F> &
  (
    | { readonly findings: readonly F[]; readonly groups?: undefined }
    | { readonly groups: readonly FindingGroup<F>[]; readonly findings?: undefined }
  );

/**
 * The scorer's findings as a list: what is wrong, then what to do about it. Findings of one rule
 * that share a severity and a fix (`groupFindings`) are one entry: the count, the severity and the
 * fix once, the first few findings and "…and N more" to list the rest. A finding alone reads as
 * before: its message, then its fix. With `collapsible`, each group is a heading with a disclosure
 * button instead, so a long report reads as its list of rules first.
 */
export function FindingList<F extends Finding>(props: FindingListProps<F>) {
  const { findings, groups: given, className, messages, preview = 3 } = props;
  const groups = useMemo(() => given ?? groupFindings(findings ?? []), [given, findings]);
  const words = useMemo(() => ({ ...defaultFindingListMessages, ...messages }), [messages]);
  const collapsible = props.collapsible === true;
  return (
    <ul className={className}>
      {groups.map((group) => {
        const only = !collapsible && group.findings.length === 1 ? group.findings[0] : undefined;
        return only ? (
          <li key={group.key} data-severity={only.severity}>
            <strong>{only.message}</strong> <span className="tl-muted">{only.hint}</span>
            {props.renderDetail ? <> {props.renderDetail(only)}</> : null}
          </li>
        ) : (
          <Group
            key={group.key}
            group={group}
            messages={words}
            preview={preview}
            collapsible={collapsible}
            headingLevel={props.headingLevel ?? 3}
            renderDetail={props.renderDetail}
          />
        );
      })}
    </ul>
  );
}

function Group<F extends Finding>(props: {
  group: FindingGroup<F>;
  messages: FindingListMessages;
  preview: number;
  collapsible: boolean;
  headingLevel: HeadingLevel;
  renderDetail: ((finding: F) => ReactNode) | undefined;
}) {
  const { group, messages, preview, collapsible, renderDetail } = props;
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  const panelId = useId();
  const count = group.findings.length;
  const expanded = !collapsible || open;
  const rest = count - preview;
  const shown = all || rest <= 0 ? group.findings : group.findings.slice(0, preview);
  const title = messages.group(messages.severity[group.severity], count, group.rule);
  const fix = `${messages.fix} ${group.hint}`;
  return (
    <li
      data-severity={group.severity}
      data-rule={group.rule}
      data-count={count}
      data-open={collapsible ? String(open) : undefined}
    >
      {collapsible ? (
        <>
          {createElement(
            `h${props.headingLevel}`,
            { className: 'tl-finding-heading' },
            <button
              type="button"
              className="tl-finding-toggle"
              aria-expanded={open}
              aria-controls={panelId}
              onClick={() => setOpen((o) => !o)}
            >
              <span className="tl-severity-mark" aria-hidden="true" />
              {title}
            </button>,
          )}
          <p className="tl-finding-fix tl-muted">{fix}</p>
        </>
      ) : (
        <>
          <strong>{title}</strong> <span className="tl-muted">{fix}</span>
        </>
      )}
      {/* Hidden findings are not drawn: a closed group of hundreds costs one empty list. */}
      <ul id={collapsible ? panelId : undefined} className="tl-finding-group" hidden={!expanded}>
        {expanded
          ? shown.map((finding, i) => (
              // Messages name what each finding is about; the index keeps two alike apart.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list only grows and shrinks at its end.
              <li key={i}>
                {finding.message}
                {renderDetail ? <> {renderDetail(finding)}</> : null}
              </li>
            ))
          : null}
      </ul>
      {expanded && rest > 0 ? (
        <button
          type="button"
          className="tl-link-button tl-finding-more"
          aria-expanded={all}
          onClick={() => setAll((a) => !a)}
        >
          {all ? messages.fewer : messages.more(rest)}
        </button>
      ) : null}
    </li>
  );
}

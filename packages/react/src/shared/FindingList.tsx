'use client';
import { type Finding, type FindingGroup, type FindingSeverity, groupFindings } from '@throughline/core';
import { useMemo, useState } from 'react';

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
  group: (severity, count, rule) => `${severity}: ${count} findings (${rule})`,
  more: (count) => `…and ${count} more`,
  fewer: 'Show fewer',
  fix: 'Fix:',
};

interface FindingListProps {
  readonly findings: readonly Finding[];
  readonly className?: string | undefined;
  readonly messages?: Partial<FindingListMessages> | undefined;
  /** How many of a group's findings show before "…and N more"; default 3. */
  readonly preview?: number;
}

/**
 * The scorer's findings as a list: what is wrong, then what to do about it. Findings of one rule
 * that share a severity and a fix (`groupFindings`) are one entry: the count, the severity and the
 * fix once, the first few findings and "…and N more" to list the rest. A finding alone reads as
 * before: its message, then its fix.
 */
export function FindingList({ findings, className, messages, preview = 3 }: FindingListProps) {
  const groups = useMemo(() => groupFindings(findings), [findings]);
  const words = useMemo(() => ({ ...defaultFindingListMessages, ...messages }), [messages]);
  return (
    <ul className={className}>
      {groups.map((group) => {
        const only = group.findings.length === 1 ? group.findings[0] : undefined;
        return only ? (
          <li key={group.key} data-severity={only.severity}>
            <strong>{only.message}</strong> <span className="tl-muted">{only.hint}</span>
          </li>
        ) : (
          <Group key={group.key} group={group} messages={words} preview={preview} />
        );
      })}
    </ul>
  );
}

function Group({ group, messages, preview }: { group: FindingGroup; messages: FindingListMessages; preview: number }) {
  const [open, setOpen] = useState(false);
  const count = group.findings.length;
  const rest = count - preview;
  const shown = open || rest <= 0 ? group.findings : group.findings.slice(0, preview);
  return (
    <li data-severity={group.severity} data-rule={group.rule} data-count={count}>
      <strong>{messages.group(messages.severity[group.severity], count, group.rule)}</strong>{' '}
      <span className="tl-muted">
        {messages.fix} {group.hint}
      </span>
      <ul className="tl-finding-group">
        {shown.map((finding, i) => (
          // Messages name what each finding is about; the index keeps two alike apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list only grows and shrinks at its end.
          <li key={i}>{finding.message}</li>
        ))}
      </ul>
      {rest > 0 ? (
        <button
          type="button"
          className="tl-link-button tl-finding-more"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? messages.fewer : messages.more(rest)}
        </button>
      ) : null}
    </li>
  );
}

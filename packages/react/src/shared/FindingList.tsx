import type { Finding } from '@throughline/core';

/** The scorer's findings as a list: what is wrong, then what to do about it. */
export function FindingList({ findings, className }: { findings: readonly Finding[]; className?: string }) {
  return (
    <ul className={className}>
      {findings.map((finding) => (
        <li key={`${finding.rule}|${finding.message}`} data-severity={finding.severity}>
          <strong>{finding.message}</strong> <span className="tl-muted">{finding.hint}</span>
        </li>
      ))}
    </ul>
  );
}

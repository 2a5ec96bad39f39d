'use client';
import { type FormEvent, useId, useState } from 'react';
import type { ReviewBaseline } from './use-review-baseline';

const described = (snapshot: unknown): string => {
  const { label, takenAt } = (snapshot ?? {}) as { label?: unknown; takenAt?: unknown };
  if (typeof label !== 'string') return 'nothing yet';
  const day = typeof takenAt === 'string' ? takenAt.slice(0, 10) : '';
  return day ? `${label} (${day})` : label;
};

/**
 * What the views compare with, and keeping the plan as it stands as the next review's baseline:
 * a label and one button, the outcome said in a status line.
 */
export function BaselineBar({ baseline }: { baseline: ReviewBaseline }) {
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    await baseline.take(label.trim());
    setBusy(false);
  };
  return (
    <form className="portal-toolbar" aria-label="Review baseline" onSubmit={onSubmit}>
      <p className="portal-compared">Compared with {described(baseline.snapshot)}</p>
      <label htmlFor={inputId}>Snapshot label</label>
      <input id={inputId} value={label} onChange={(e) => setLabel(e.target.value)} placeholder="Q4 review" required />
      <button type="submit" disabled={busy}>
        Keep as baseline
      </button>
      <p role="status" aria-label="Baseline status" className="portal-status">
        {baseline.status}
      </p>
    </form>
  );
}

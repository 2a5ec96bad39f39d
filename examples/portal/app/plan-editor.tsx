'use client';
import {
  AlignmentReport,
  BacklogList,
  PriorityMatrix,
  RoadmapTimeline,
  TraceabilityMatrix,
  useBaseline,
  usePriorities,
} from '@throughline/react';
import type { KeyboardEvent } from 'react';
import { BaselineBar } from './baseline-bar';
import { useReviewBaseline } from './use-review-baseline';
import { type SavedPlan, useSavedPlan } from './use-saved-plan';

const BACKLOG_IDS = ['backlog-product', 'sprint-24', 'release-3-0'];

/** Ctrl/⌘+Z undoes, Shift+Ctrl/⌘+Z and Ctrl+Y redo; text fields keep their own undo. */
function undoKey(event: KeyboardEvent): 'undo' | 'redo' | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  if ((event.target as HTMLElement).closest('input, textarea, select, [contenteditable="true"]')) return undefined;
  const key = event.key.toLowerCase();
  if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) return 'redo';
  return key === 'z' ? 'undo' : undefined;
}

/**
 * Every view on one plan, with undo and redo, every change saved as it is made: the roadmap, the
 * backlogs scored by RICE (a column, and a preview of RICE's order), the traceability matrix, the
 * priority matrix and the alignment report; each compared with the last review's snapshot (what
 * slipped, what moved, which links to check, the score then and now).
 */
export function PlanEditor({ saved, snapshot }: { saved: SavedPlan; snapshot: unknown }) {
  const editor = useSavedPlan(saved);
  const priority = usePriorities(editor.plan, { framework: 'rice' });
  const review = useReviewBaseline(snapshot);
  const baseline = useBaseline(editor.plan, review.snapshot);
  const onKeyDown = (event: KeyboardEvent) => {
    const action = undoKey(event);
    if (!action) return;
    event.preventDefault();
    editor[action]();
  };
  return (
    // biome-ignore lint/a11y/noNoninteractiveElementInteractions: the undo shortcut listens where the views are (docs/history.md), the keys reach it from the controls inside
    <section aria-label="Plan" className="portal-editor" onKeyDown={onKeyDown}>
      <div className="portal-toolbar">
        <button type="button" onClick={editor.undo} disabled={!editor.canUndo}>
          Undo
        </button>
        <button type="button" onClick={editor.redo} disabled={!editor.canRedo}>
          Redo
        </button>
        <p role="status" aria-label="Save status" className="portal-status">
          {editor.status}
        </p>
      </div>
      <BaselineBar baseline={review} />
      <RoadmapTimeline plan={editor.plan} onChange={editor.apply} baseline={baseline} />
      <BacklogList
        plan={editor.plan}
        onChange={editor.apply}
        backlogIds={BACKLOG_IDS}
        priority={priority}
        baseline={baseline}
      />
      <TraceabilityMatrix plan={editor.plan} onChange={editor.apply} baseline={baseline} />
      <PriorityMatrix plan={editor.plan} onChange={editor.apply} defaultFramework="rice" />
      <AlignmentReport plan={editor.plan} baseline={baseline} />
    </section>
  );
}

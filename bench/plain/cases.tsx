import type { Plan } from '@throughline/core';
import { BacklogList, RoadmapTimeline, TraceabilityMatrix } from '@throughline/react';
import { type ReactElement, useState } from 'react';
import { MOUNT_CASES, type MountCase } from './caseNames.js';
import { GanttTaskReactPeer, PeerBacklog, SvarPeer } from './peers.js';
import {
  BACKLOG_ID,
  backlogPlan,
  backlogRows,
  matrixPlan,
  type PlanSource,
  smallMatrixPlan,
  timelinePlan,
  timelineTasks,
} from './plans.js';

// Each case of the plain-page mount benchmark: the box it is drawn in and, built before the clock
// starts, the element the page hands to `render`. Every view is drawn as the Storybook benchmark
// pages draw it (bench/stories), in the same 1200×700 box.

export interface Case {
  readonly width: number;
  readonly height: number;
  /** Custom properties set on the box. */
  readonly vars?: Readonly<Record<string, string>>;
  /** Untimed: the data for one mount, and the element to render. */
  readonly prepare: () => ReactElement;
}

const BOX = { width: 1200, height: 700 };

/** A host that keeps the plan the list hands back, as the backlog's benchmark story does. */
function BacklogHost({ plan }: { plan: Plan }) {
  const [current, setCurrent] = useState(plan);
  return <BacklogList plan={current} backlogIds={[BACKLOG_ID]} onChange={(_, next) => setCurrent(next)} />;
}

const backlog = (plans: PlanSource, which: 'fresh' | 'same'): Case => ({
  ...BOX,
  prepare: () => {
    const plan = plans[which]();
    return <BacklogHost plan={plan} />;
  },
});

const timeline = (which: 'fresh' | 'same'): Case => ({
  ...BOX,
  prepare: () => {
    const plan = timelinePlan[which]();
    return <RoadmapTimeline plan={plan} layout="time" lanesBy="theme" zoom="quarter" readOnly toolbar={false} />;
  },
});

// The grid scrolls inside the box: its 1px border sits outside the max-height it is given.
const MATRIX_VARS = { '--tl-matrix-max-height': `${BOX.height - 2}px` };

// `columns` was `cols` before the views' redesign (commit 0b51847 and earlier): pass `cols` there.
const matrix = (plans: PlanSource, which: 'fresh' | 'same'): Case => ({
  ...BOX,
  vars: MATRIX_VARS,
  prepare: () => {
    const plan = plans[which]();
    return <TraceabilityMatrix plan={plan} rows="initiatives" columns="items" readOnly toolbar={false} />;
  },
});

/**
 * A plain table of initiatives × items drawn by React with no logic at all: about the cells the
 * matrix's box shows (20 rows of 12 cells under a header row), with their titles and a glyph each.
 * What a screenful of such a grid costs React and Chromium, the floor a virtualised grid sits on:
 * the matrix suite's baseline.
 */
function PlainGrid({ rows, columns }: { rows: readonly string[]; columns: readonly string[] }) {
  return (
    <table className="tl-plain-grid">
      <thead>
        <tr>
          <th scope="col">Initiative</th>
          {columns.map((title) => (
            <th key={title} scope="col">
              {title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={row}>
            <th scope="row">{row}</th>
            {columns.map((column, c) => (
              <td key={column}>{(r + c) % 3 === 0 ? '●' : ''}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const plainGrid: Case = {
  ...BOX,
  prepare: () => {
    const plan = matrixPlan.same();
    const rows = plan.initiatives.slice(0, 20).map((i) => `${i.id} ${i.title}`);
    const columns = plan.items.slice(0, 12).map((i) => `${i.id} ${i.title}`);
    return <PlainGrid rows={rows} columns={columns} />;
  },
};

export const cases: Record<MountCase, Case> = {
  [MOUNT_CASES.backlogPeer]: {
    ...BOX,
    prepare: () => <PeerBacklog initialRows={backlogRows()} />,
  },
  [MOUNT_CASES.backlogFresh]: backlog(backlogPlan, 'fresh'),
  [MOUNT_CASES.backlogSame]: backlog(backlogPlan, 'same'),
  [MOUNT_CASES.timelineSvar]: { ...BOX, prepare: () => <SvarPeer tasks={timelineTasks()} /> },
  [MOUNT_CASES.timelineGanttTaskReact]: {
    ...BOX,
    prepare: () => <GanttTaskReactPeer tasks={timelineTasks()} height={BOX.height} />,
  },
  [MOUNT_CASES.timelineFresh]: timeline('fresh'),
  [MOUNT_CASES.timelineSame]: timeline('same'),
  [MOUNT_CASES.matrixSmall]: matrix(smallMatrixPlan, 'fresh'),
  [MOUNT_CASES.matrixFresh]: matrix(matrixPlan, 'fresh'),
  [MOUNT_CASES.matrixSame]: matrix(matrixPlan, 'same'),
  [MOUNT_CASES.matrixFloor]: plainGrid,
};

import { type Plan, priorityMatrixView, scorePriorities } from '@throughline/core';
import { BacklogList, PriorityMatrix, RoadmapTimeline, TraceabilityMatrix } from '@throughline/react';
import { type ReactElement, useState } from 'react';
import { CHART, chartScales } from '../../packages/react/src/PriorityMatrix/chartScales.js';
import { MOUNT_CASES, type MountCase } from './caseNames.js';
import { GanttTaskReactPeer, PeerBacklog, SvarPeer } from './peers.js';
import {
  BACKLOG_ID,
  backlogPlan,
  backlogRows,
  matrixPlan,
  type PlanSource,
  priorityPlan,
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

/**
 * The priority matrix's points and nothing else: a circle each, where the matrix puts it, drawn by
 * React in an SVG of the chart's shape and about the width the chart takes in the box. What two
 * thousand points cost React and Chromium before any behaviour: the priority suite's baseline.
 */
function PlainCircles({
  points,
}: {
  points: readonly { readonly id: string; readonly x: number; readonly y: number }[];
}) {
  return (
    <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} style={{ display: 'block', width: '68%' }} aria-hidden="true">
      {points.map((point) => (
        <circle key={point.id} cx={point.x} cy={point.y} r={6} />
      ))}
    </svg>
  );
}

/** The points where the matrix draws them, and the name it gives each (worked out before the clock starts). */
function circlePoints() {
  const plan = priorityPlan.same();
  const view = priorityMatrixView(plan, scorePriorities(plan, { framework: 'rice' }));
  const scales = chartScales(view.valueAxis, view.effortAxis, 'ltr');
  return view.points.map((p) => ({
    id: p.ref.id,
    x: scales.x(p.effort),
    y: scales.y(p.value),
    name: `${p.title}, rank ${p.rank + 1}: value ${p.value}, effort ${p.effort}`,
    color: String((Math.max(0, view.legend[p.legend]?.slot ?? 0) % 8) + 1),
  }));
}

const plainCircles: Case = { ...BOX, prepare: () => <PlainCircles points={circlePoints()} /> };

/**
 * The same circles with only what an accessible, themed point must carry: a role, a name, a tab
 * stop (tabIndex -1, roving) and its colour (as the matrix's palette attribute). No scoring, no
 * other part: the floor any chart of focusable, named points stands on, for scale.
 */
function AccessibleCircles({ points }: { points: ReturnType<typeof circlePoints> }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of points in a drawing, as the chart has (no fieldset in SVG).
    <svg
      viewBox={`0 0 ${CHART.width} ${CHART.height}`}
      style={{ display: 'block', width: '68%' }}
      role="group"
      aria-label="Points"
    >
      {points.map((point) => (
        // biome-ignore lint/a11y/useSemanticElements: a point of a drawing, as the chart has (no button in SVG).
        <circle
          key={point.id}
          cx={point.x}
          cy={point.y}
          r={6}
          role="button"
          aria-label={point.name}
          tabIndex={-1}
          data-color={point.color}
        />
      ))}
    </svg>
  );
}

const accessibleCircles: Case = { ...BOX, prepare: () => <AccessibleCircles points={circlePoints()} /> };

/** A host of the priority matrix: the plan it keeps, every point movable. */
function PriorityHost({ plan }: { plan: Plan }) {
  const [current, setCurrent] = useState(plan);
  return <PriorityMatrix plan={current} onChange={(_, next) => setCurrent(next)} />;
}

const priority = (which: 'fresh' | 'same'): Case => ({
  ...BOX,
  prepare: () => <PriorityHost plan={priorityPlan[which]()} />,
});

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
  [MOUNT_CASES.priorityCircles]: plainCircles,
  [MOUNT_CASES.priorityFloor]: accessibleCircles,
  [MOUNT_CASES.priorityFresh]: priority('fresh'),
  [MOUNT_CASES.prioritySame]: priority('same'),
};

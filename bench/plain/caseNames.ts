// What the plain-page mount benchmark can mount, by name: shared by the page (cases.tsx) and the
// suites (bench/mount.bench.ts). Plain TypeScript, so the suites load no React.

export const MOUNT_CASES = {
  backlogPeer: '@hello-pangea/dnd, 10,000 rows',
  backlogFresh: 'BacklogList 10,000, new plan',
  backlogSame: 'BacklogList 10,000, same plan',
  timelineSvar: 'SVAR React Gantt, 1,000 tasks',
  timelineGanttTaskReact: 'gantt-task-react, 1,000 tasks',
  timelineFresh: 'RoadmapTimeline 1,000, new plan',
  timelineSame: 'RoadmapTimeline 1,000, same plan',
  matrixSmall: 'TraceabilityMatrix 20 × 200, new plan',
  matrixFresh: 'TraceabilityMatrix 200 × 2,000, new plan',
  matrixSame: 'TraceabilityMatrix 200 × 2,000, same plan',
  matrixFloor: 'plain React grid, 20 × 12 cells',
  priorityCircles: 'plain SVG circles, 2,000 points',
  priorityFloor: 'the same circles, each with a role, a name, a tab stop and a colour',
  priorityFresh: 'PriorityMatrix 2,000 points, new plan',
  prioritySame: 'PriorityMatrix 2,000 points, same plan',
} as const;

export type MountCase = (typeof MOUNT_CASES)[keyof typeof MOUNT_CASES];

/** One mount, in milliseconds from the page's `render` call (see bench/plain/harness.tsx). */
export interface MountSample {
  readonly case: MountCase;
  /** To the first animation frame after the last DOM change: the figure the suites report. */
  readonly settled: number;
  /** To the end of the first commit: its layout effects run, then a forced layout. */
  readonly firstCommit: number;
  /** To the last DOM change (with its forced layout), however many commits it took. */
  readonly lastChange: number;
  /** Batches of DOM changes seen (a MutationObserver callback each): 1 when one commit drew it all. */
  readonly updates: number;
  /** Elements in the box once settled. */
  readonly elements: number;
}

/** What the page exposes on `window` once the PlainMount story has loaded. */
export interface MountWindow {
  /** Builds the case's data for the next mount (untimed); a mount without it builds it first. */
  __throughlinePrepare?: (name: MountCase) => void;
  /** Mounts the case in a fresh box, times it, unmounts it; resolves to `settled`. */
  __throughlineMount?: (name: MountCase) => Promise<number>;
  /** Every sample taken on this page load, oldest first. */
  __throughlineMountLog?: MountSample[];
}

// Bundle budgets, min+gzip, checked by `pnpm test` (scripts/check-packages.mjs) and printed by
// `pnpm bench size`. Each entry is bundled by esbuild from the packages' built `dist/` (ESM), as a
// host's bundler sees them: only what the import names, tree-shaken, minified. React and
// react-dom are the host's and never counted. A budget sits a little above today's size: raise one
// only for a feature that needs it, and say which in the commit.

const host = ['react', 'react-dom'];
const core = 'packages/core/dist/index.js';
const react = 'packages/react/dist/index.js';
const coreModel = '{ validatePlan, createPlan, isPlan, scoreAlignment, applyChange, invertChange }';

export default [
  {
    name: '@throughline/core validate, score, changes (own code)',
    path: core,
    import: coreModel,
    // Own code only: the schema library is counted in the next entry.
    ignore: ['valibot'],
    gzip: true,
    limit: '16.9 kB',
  },
  {
    name: '@throughline/core validate, score, changes (with valibot)',
    path: core,
    import: coreModel,
    gzip: true,
  },
  {
    name: 'RoadmapTimeline with its dependencies',
    path: react,
    import: '{ RoadmapTimeline }',
    ignore: host,
    gzip: true,
    // 3.1 kB of it (68.6 kB without) draws the timeline against a baseline it is handed: ghost bars,
    // slip arrows and marks, the removed initiatives, the "what changed" list with its filter and
    // one message per kind of change. The diff itself stays out: the view only reads `baseline`.
    limit: '71.9 kB',
  },
  {
    name: 'BacklogList with its dependencies',
    path: react,
    import: '{ BacklogList }',
    ignore: host,
    gzip: true,
    // The priority column scores in the view (scorePriorities, rankBy, backlogPriority: 7.5 kB).
    // Against a baseline (1.1 kB): each row's move or New mark, the header's counts, their words and
    // the unreadable baseline's notice; the view reads the ready BaselineView, no diff code.
    limit: '58.9 kB',
  },
  {
    name: 'TraceabilityMatrix with its dependencies',
    path: react,
    import: '{ TraceabilityMatrix }',
    ignore: host,
    gzip: true,
    // Suspect cells against a baseline (matrixSuspects, the reasons and their values in words, the
    // details with "Mark reviewed", the legend, the baseline notice): 2.3 kB; the legend's "Next
    // suspect cell" (the search and focusing a cell from outside the grid): 0.3 kB; "Unlink" in a
    // suspect cell's details, as Enter there opens them: 0.2 kB.
    limit: '59.15 kB',
  },
  {
    name: 'AlignmentReport with its dependencies',
    path: react,
    import: '{ AlignmentReport }',
    ignore: host,
    gzip: true,
    // Against a baseline (1.1 kB): the score and sub-scores then and now (scoreDeltas, their glyphs
    // and words) and the unreadable baseline's notice; the view reads the ready BaselineView, no diff code.
    limit: '26.8 kB',
  },
  {
    name: 'PriorityMatrix with its dependencies',
    path: react,
    import: '{ PriorityMatrix }',
    ignore: host,
    gzip: true,
    limit: '44.2 kB',
  },
  {
    name: 'All views with their dependencies',
    path: react,
    import: '{ RoadmapTimeline, BacklogList, TraceabilityMatrix, AlignmentReport, PriorityMatrix }',
    ignore: host,
    gzip: true,
    // Drawing against a baseline (issue 16) adds 7.7 kB across the views: ghost bars, slip arrows
    // and the change list's words (3.2 kB), suspect cells with their reasons and Mark reviewed
    // (2.7 kB), moved and new rows, the score then and now (2.2 kB, shared parts counted once). The
    // views read a ready comparison, so none bundles the diff itself.
    limit: '139 kB',
  },
];

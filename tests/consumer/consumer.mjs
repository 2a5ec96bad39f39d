// Imports each built package by its published name, the way a host's Node process would.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const core = await import('@throughline/core');
const sample = await import('@throughline/core/sample');
const internal = await import('@throughline/core/internal');
const react = await import('@throughline/react');
const importer = await import('@throughline/import');
const { default: schema } = await import('@throughline/core/plan.schema.json', { with: { type: 'json' } });
const failures = [];
const expect = (condition, message) => {
  if (!condition) failures.push(message);
};

const plan = core.createPlan(core.samplePlan());
expect(plan.items.length > 100, '@throughline/core: the sample plan did not validate');
expect(core.traceItem(plan, plan.items[0].id) !== undefined, '@throughline/core: traceItem missing');
expect(core.validatePlan({ items: 'nope' }).ok === false, '@throughline/core: validatePlan accepted nonsense');
expect(core.createPlan(core.generatePlan({ items: 50 })).items.length === 50, '@throughline/core: generatePlan');
expect(core.createPlan(sample.samplePlan()).items.length > 100, '@throughline/core/sample: samplePlan');
expect(
  core.createPlan(sample.generatePlan({ items: 20 })).items.length === 20,
  '@throughline/core/sample: generatePlan',
);
expect(sample.samplePlan === core.samplePlan, '@throughline/core/sample: not the same samplePlan as the root');
for (const name of ['stackRows', 'anchorForOver', 'csvField', 'memo', 'perPlan']) {
  expect(typeof internal[name] === 'function', `@throughline/core/internal: ${name} missing`);
}
const history = core.createPlanHistory(plan);
const step = history.apply({ type: 'set-status', itemId: plan.items[0].id, status: 'blocked' });
expect(
  step.ok && history.canUndo && history.undo() !== undefined && history.plan === plan,
  '@throughline/core: createPlanHistory',
);
expect(typeof react.usePlanHistory === 'function', '@throughline/react: usePlanHistory missing');
expect(schema.properties?.items?.type === 'array', '@throughline/core/plan.schema.json is not the plan schema');
expect(Array.isArray(react.themeTokens) && react.themeTokens.length > 0, '@throughline/react: themeTokens missing');
for (const name of ['BacklogList', 'RoadmapTimeline', 'TraceabilityMatrix', 'AlignmentReport']) {
  expect(typeof react[name] === 'function', `@throughline/react: ${name} missing`);
}
expect(core.timelineView(plan).lanes.length > 0, '@throughline/core: timelineView');
expect(core.matrixView(plan, { rows: 'initiatives' }).rows.length > 0, '@throughline/core: matrixView');
expect(
  core.alignmentReportView(core.scoreAlignment(plan, { today: '2026-11-25' }), plan).bars.length === 5,
  '@throughline/core: alignmentReportView',
);
const imported = importer.importJiraCsv(
  'Issue key,Summary,Issue Type,Status,Sprint\r\nA-1,"One, quoted",Story,Done,S1\r\n',
);
expect(
  core.validatePlan(imported.input).ok && imported.report.totals.items === 1,
  '@throughline/import: importJiraCsv did not give valid plan input',
);
const importEntry = fileURLToPath(import.meta.resolve('@throughline/import'));
expect(importEntry.includes('/dist/'), `@throughline/import resolves to ${importEntry}, not the build`);
const css = fileURLToPath(import.meta.resolve('@throughline/react/styles.css'));
expect(existsSync(css) && css.includes('/dist/'), `@throughline/react/styles.css resolves to ${css}, not the build`);
for (const entry of ['@throughline/core', '@throughline/core/sample', '@throughline/core/internal']) {
  const file = fileURLToPath(import.meta.resolve(entry));
  expect(file.includes('/dist/'), `${entry} resolves to ${file}, not the build`);
}

if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('plain Node imported @throughline/core, @throughline/react and @throughline/import from their builds');

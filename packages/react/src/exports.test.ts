// @vitest-environment node
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const file = fileURLToPath(new URL('index.ts', import.meta.url));
const program = ts.createProgram([file], {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  jsx: ts.JsxEmit.ReactJSX,
  customConditions: ['@throughline/source'],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
});
const checker = program.getTypeChecker();
const source = program.getSourceFile(file);
const root = source && checker.getSymbolAtLocation(source);
if (!root) throw new Error('cannot read src/index.ts');

/** Every root export, followed through re-exports to where it is defined. */
const documented = checker.getExportsOfModule(root).map((symbol) => {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const text = ts.displayPartsToString(target.getDocumentationComment(checker)).trim();
  const kind = target.flags & ts.SymbolFlags.Value ? 'value' : 'type';
  const example = target.getJsDocTags(checker).some((tag) => tag.name === 'example');
  const where = target.declarations?.[0]?.getSourceFile().fileName.replace(/^.*\/src\//, '') ?? '?';
  return { name: symbol.name, where, undocumented: text === '' || (kind === 'value' && !example) };
});

/**
 * Root exports whose definitions, in the view folders, still lack a doc comment (or, for a value,
 * an example). A ratchet: document one where it is defined and take it off this list.
 */
const PENDING = new Set([
  'BacklogListProps',
  'BacklogListSlot',
  'defaultBacklogListMessages',
  'TimelineImageOptions',
  'TimelineGeometryOptions',
  'defaultRoadmapTimelineMessages',
  'RoadmapTimelineProps',
  'RoadmapTimelineSlot',
  'TimelineSelectionKind',
  'TimelineExportFormat',
  'defaultTraceabilityMatrixMessages',
  'MatrixHeatmap',
]);

describe('@throughline/react root exports', () => {
  it('each has a doc comment where it is defined, and each function, component and constant an @example', () => {
    const missing = documented
      .filter((e) => e.undocumented && !PENDING.has(e.name))
      .map((e) => `${e.name} (${e.where})`);
    expect(missing).toEqual([]);
  });

  it('lists as pending only exports that still lack their documentation', () => {
    const done = [...PENDING].filter((name) => !documented.some((e) => e.name === name && e.undocumented));
    expect(done, 'documented now: remove from PENDING').toEqual([]);
  });
});

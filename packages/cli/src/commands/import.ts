import { validatePlan } from '@throughline/core';
import { type ImportResult, importCsv, importGitHubIssues, importJiraCsv, importLinearCsv } from '@throughline/import';
import { oneFile, parseChoice, parseCommand } from '../args.js';
import { importReportLines } from '../format/importReport.js';
import { problemCounts } from '../format/problems.js';
import { IMPORT_HELP } from '../help.js';
import { CliError, displayName, type Io, readCsv, readJson, writeOutput } from '../io.js';
import { planJson } from '../plan.js';

const USAGE = 'throughline import jira|linear|github|csv FILE [--mapping MAPPING.json] [-o PLAN.json]';

/** The trackers `throughline import` reads, and how each reads its file. */
export const SOURCES = ['jira', 'linear', 'github', 'csv'] as const;
type Source = (typeof SOURCES)[number];

// The mapping file is the importer's options; each importer checks its fields and ignores the rest.
type Options = Record<string, unknown>;
const IMPORTERS: Record<Source, (io: Io, file: string, options: Options) => Promise<ImportResult>> = {
  jira: async (io, file, options) => importJiraCsv(await readCsv(io, file), options),
  linear: async (io, file, options) => importLinearCsv(await readCsv(io, file), options),
  csv: async (io, file, options) => importCsv(await readCsv(io, file), options),
  github: async (io, file, options) => importGitHubIssues(await readJson(io, file), options),
};

/**
 * `throughline import SOURCE FILE`: turns a Jira, Linear or generic CSV export, or a GitHub issues
 * JSON array, into plan input JSON, written to `-o` or standard output. The report (what was mapped,
 * issue types and statuses nothing mapped, rows that could not be read) goes to standard error, with
 * a line saying whether the result is a valid plan. Exit 0 when items were imported, 1 when none were.
 */
export async function importCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand('import', args, {
    mapping: { type: 'string', short: 'm' },
    output: { type: 'string', short: 'o' },
  });
  if (values.help) {
    io.stdout(IMPORT_HELP);
    return 0;
  }
  const [sourceArg, ...rest] = positionals;
  if (sourceArg === undefined)
    throw new CliError(`import: missing the tracker: jira, linear, github or csv (usage: ${USAGE})`);
  const source = parseChoice('import: the tracker', sourceArg, SOURCES) as Source;
  const file = oneFile('import', rest, USAGE);
  const options = values.mapping === undefined ? {} : await readMapping(io, values.mapping);

  const { input, report } = await IMPORTERS[source](io, file, options);
  io.stderr(`${importReportLines(report, displayName(file)).join('\n')}\n`);
  if (report.totals.items === 0) {
    io.stderr(`${displayName(file)}: no items were imported; nothing was written\n`);
    return 1;
  }
  const result = validatePlan(input);
  const target = values.output === undefined || values.output === '-' ? 'the plan' : values.output;
  if (!result.ok) {
    const problems = problemCounts([...result.errors, ...result.warnings]);
    io.stderr(`${target} has ${problems}: \`throughline validate --salvage\` lists them and keeps everything valid\n`);
  }
  await writeOutput(io, values.output, planJson(input));
  return 0;
}

/** Reads `--mapping FILE`: a JSON object, passed to the importer as its options. */
async function readMapping(io: Io, file: string): Promise<Options> {
  const mapping = await readJson(io, file);
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) {
    throw new CliError(
      `${displayName(file)}: a mapping is a JSON object of importer options, e.g. { "columns": { … } }`,
    );
  }
  return mapping as Options;
}

/** The help texts, one per command and one for the whole command. */

const EXIT_CODES = `Exit codes:
  0  done: the plan is valid, the score is at or above the bar
  1  the plan has errors (or salvage set something aside), or the score is under --fail-under
  2  usage error or unreadable input (a one-line reason is printed)`;

/** `throughline --help`: the commands, the options every command takes, the exit codes. */
export const MAIN_HELP = `Usage: throughline <command> [options]

Import tracker exports, validate and salvage plans, score how well a backlog serves its roadmap, and
list what changed since the last review.

Commands:
  import jira|linear|github|csv FILE   turn a Jira, Linear or generic CSV export, or GitHub issues JSON, into plan JSON
  validate FILE                        check a plan and list every problem; --salvage keeps what is valid
  score FILE                           score roadmap-to-backlog alignment (text, json, markdown or GitHub annotations)
  diff BEFORE AFTER                    what changed between two plans or snapshots (text, json or markdown)

FILE may be - to read standard input.

Options:
  -h, --help     show help; a command's own: throughline score --help, or throughline help score
  --version      print the version

${EXIT_CODES}
`;

/** `throughline import --help`. */
export const IMPORT_HELP = `Usage: throughline import jira|linear|github|csv FILE [--mapping MAPPING.json] [-o PLAN.json]

Turns a tracker export into plan input JSON. jira, linear and csv read CSV; github reads the JSON of
the GitHub issues API (an array of issues). The plan goes to -o or standard output; the report of what
was mapped and what was not goes to standard error.

Options:
  --mapping FILE   JSON passed to the importer as its options (for csv: the column mapping)
  -o, --output FILE  write the plan to FILE instead of standard output
  -h, --help       show this help

${EXIT_CODES}
`;

/** `throughline validate --help`, with its own exit codes (salvage changes what 1 means). */
export const VALIDATE_HELP = `Usage: throughline validate FILE [--salvage] [-o PLAN.json]

Checks a plan and prints every problem as "path: message [code]" (warnings as "path: warning: …").

Options:
  --salvage        keep everything valid and say, under each problem, what was set aside
  -o, --output FILE  write the plan (valid or salvaged) to FILE; "-o -" writes it to standard output
                   and the report to standard error
  -h, --help       show this help

Exit codes:
  0  the plan is valid (warnings may remain); with --salvage: nothing was set aside
  1  the plan has errors; with --salvage: something was set aside (the salvaged plan is still written)
  2  usage error or unreadable input
`;

/** `throughline score --help`. */
export const SCORE_HELP = `Usage: throughline score FILE [--format FORMAT] [--fail-under N] [--today YYYY-MM-DD] [--config FILE] [--salvage]

Scores how well the backlog serves the roadmap: a 0-100 score, five sub-scores and the findings of
each rule, grouped by rule. Findings (errors included) are reported; only --fail-under turns the
score into a failing exit code. An invalid plan is not scored (exit 1) unless --salvage is given.

Options:
  -f, --format FORMAT  text (default), json (the full report), markdown (for a pull-request comment)
                       or github (workflow annotations, one per rule)
  --fail-under N       exit 1 when the score is under N (0-100)
  --today YYYY-MM-DD   score as of this date (default: today in UTC), so the report is reproducible
  -c, --config FILE    JSON scorer options: rules (off, warn, error, thresholds), weights,
                       productBacklogId, currentHorizonId, today
  --salvage            score an invalid plan after setting aside what is invalid, instead of failing
  -h, --help           show this help

${EXIT_CODES}
`;

/** `throughline diff --help`. */
export const DIFF_HELP = `Usage: throughline diff BEFORE AFTER [--format text|json|markdown] [--min-move N] [--salvage]

Lists what changed from BEFORE to AFTER, each a plan or a snapshot (snapshotPlan's JSON): a summary
(slipped, pulled in, added, dropped, re-scoped, goals that lost or gained work), then every change
by kind. Entities are matched by id.

Options:
  -f, --format FORMAT  text (default), json (the full diff) or markdown (for planning notes or a
                       pull-request comment)
  --min-move N         list an item as moved in a backlog only when it moved more than N places
                       (default 0)
  --salvage            compare invalid plans after setting aside what is invalid, instead of failing
  -h, --help           show this help

Exit codes:
  0  the changes were printed (none is fine)
  1  BEFORE or AFTER is not a valid plan or snapshot (its problems are listed)
  2  usage error or unreadable input
`;

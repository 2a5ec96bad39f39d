/**
 * `@throughline/cli`: the `throughline` command. The bin calls `run`; hosts and tests can call it
 * too, with their own streams and file system.
 */
export type { Io } from './io.js';
export { CliError, nodeIo } from './io.js';
export { run, version } from './run.js';

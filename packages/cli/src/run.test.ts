import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { cli, memoryIo } from '../test/harness.js';
import { run } from './run.js';

describe('run', () => {
  it('prints its help with --help, -h and help, and exits 0', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const { code, stdout } = await cli([flag]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: throughline <command> \[options\]\n/);
      expect(stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
    }
  });

  it("prints a command's help with help COMMAND", async () => {
    for (const command of ['import', 'validate', 'score']) {
      const { code, stdout } = await cli(['help', command]);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Usage: throughline ${command} `));
    }
  });

  it('prints its help to standard error and exits 2 when there is no command', async () => {
    const { code, stdout, stderr } = await cli([]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^Usage: throughline/);
  });

  it('prints the version of the package', async () => {
    const { code, stdout } = await cli(['--version']);
    expect({ code, stdout }).toEqual({ code: 0, stdout: `${pkg.version}\n` });
  });

  it.each([
    ['lint', 'throughline: unknown command "lint" (commands: import, validate, score, diff; see --help)\n'],
    ['--verbose', 'throughline: unknown option "--verbose" (commands: import, validate, score, diff; see --help)\n'],
    ['toString', 'throughline: unknown command "toString" (commands: import, validate, score, diff; see --help)\n'],
  ])('refuses %s with one line and exit 2', async (command, message) => {
    const { code, stdout, stderr } = await cli([command, 'plan.json']);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('gives the first line of any other reason a file cannot be read', async () => {
    const { code, stderr } = await cli(['validate', 'plan.json'], {
      get 'plan.json'(): string {
        throw new Error('disk on fire\n    at somewhere');
      },
    });
    expect(code).toBe(2);
    expect(stderr).toBe('throughline: plan.json: disk on fire\n');
  });

  it('reports a failure of its own in one line, without a stack trace', async () => {
    const { io, out } = memoryIo();
    const failing = {
      ...io,
      stdout: () => {
        throw new Error('stream closed\n    at write (node:internal)');
      },
    };
    expect(await run(['--version'], failing)).toBe(2);
    expect(out.stderr).toBe('throughline: unexpected error: stream closed (set THROUGHLINE_DEBUG=1 for details)\n');
  });
});

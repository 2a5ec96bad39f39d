import { readFileSync } from 'node:fs';
import { sampleBaseline, samplePlan } from '@throughline/core/sample';
import { describe, expect, it } from 'vitest';
import { cli, json, TODAY } from '../test/harness.js';

const guide = readFileSync(new URL('../../../docs/importing.md', import.meta.url), 'utf8');
const section = guide.slice(guide.indexOf('\n## The throughline command\n'));

/** The body of the first fenced block of `language` after `marker`. */
function block(marker: string, language: string): string[] {
  const after = section.slice(section.indexOf(marker));
  const start = after.indexOf(`\`\`\`${language}\n`) + language.length + 4;
  return after.slice(start, after.indexOf('\n```', start)).split('\n');
}

describe('docs/importing.md: the throughline command', () => {
  it('shows diff output the command really prints', async () => {
    const files = { 'q3.snapshot.json': json(sampleBaseline()), 'plan.json': json(samplePlan()) };
    const printed = (await cli(['diff', 'q3.snapshot.json', 'plan.json'], files)).stdout;
    const [command, ...shown] = block('```text\n$ throughline diff', 'text');
    expect(command).toBe('$ throughline diff q3.snapshot.json plan.json');
    expect(shown).toEqual(printed.trimEnd().split('\n'));
  });

  it('documents every command, option, format and exit code', () => {
    expect(section.length).toBeGreaterThan(1000);
    for (const text of [
      'throughline import jira|linear|github|csv FILE',
      'throughline validate FILE',
      'throughline score FILE',
      'throughline diff BEFORE AFTER',
      '--min-move',
      ...['--mapping', '-o FILE', '--salvage', '--format', '--fail-under', '--today', '--config', '--version'],
      ...['**text**', '**json**', '**markdown**', '**github**'],
      '| 0    |',
      '| 1    |',
      '| 2    |',
      'npx throughline score plan.json --format github --fail-under 70',
    ]) {
      expect(section, text).toContain(text);
    }
  });

  it('shows Markdown and GitHub output the command really prints (lines may be left out, none made up)', async () => {
    const files = { 'plan.json': json(samplePlan()) };
    const args = ['score', 'plan.json', '--today', TODAY, '--fail-under', '85'];
    const markdown = (await cli([...args, '--format', 'markdown'], files)).stdout.split('\n');
    const github = (await cli([...args, '--format', 'github'], files)).stdout.split('\n');
    for (const line of block('The Markdown for the sample plan', 'markdown')) expect(markdown).toContain(line);
    for (const line of block('with `--format github`', 'text')) expect(github).toContain(line);
  });

  it('shows validate output the command really prints', async () => {
    const plan = samplePlan() as unknown as { items: Record<string, unknown>[] };
    Object.assign(plan.items[0] ?? {}, { createdAt: '2026-13-45' });
    Object.assign(plan.items[1] ?? {}, { parentId: 'nope' });
    const files = { 'plan.json': json(plan) };
    const plain = (await cli(['validate', 'plan.json'], files)).stdout.trimEnd().split('\n');
    expect(block('`path: warning: message [code]`', 'text')).toEqual(plain);
    const salvaged = (await cli(['validate', 'plan.json', '--salvage', '-o', 'kept.json'], files)).stdout;
    const [command, ...shown] = block('```text\n$ throughline validate', 'text');
    expect(command).toBe('$ throughline validate plan.json --salvage -o kept.json');
    expect(shown).toEqual(salvaged.trimEnd().split('\n'));
  });
});

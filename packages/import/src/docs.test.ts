import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importJiraCsv } from './index.js';

const doc = readFileSync(new URL('../../../docs/importing.md', import.meta.url), 'utf8');

describe('docs/importing.md', () => {
  it('names every importer, every part of the report and every total', () => {
    const { report } = importJiraCsv('Issue key,Summary\nA-1,One\n');
    for (const name of ['importJiraCsv', 'importLinearCsv', 'importGitHubIssues', 'importCsv', 'salvagePlan']) {
      expect(doc, name).toContain(`\`${name}(`);
    }
    for (const key of [...Object.keys(report), ...Object.keys(report.totals)]) expect(doc, key).toContain(key);
  });

  it('keeps the heading the command-line guide fills in', () => {
    expect(doc).toContain('\n## The throughline command\n');
  });
});

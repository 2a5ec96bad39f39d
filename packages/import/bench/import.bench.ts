import Papa from 'papaparse';
import { defineBench } from '../../../bench/define.js';
import { generateJiraCsv } from '../src/fixtures/generate.js';
import { importJiraCsv } from '../src/index.js';

/**
 * A whole Jira export against the least any importer must do: papaparse reading the same text into
 * string rows. The ratio is what mapping columns, kinds, statuses, dates, parents and backlogs and
 * writing the report cost on top of parsing (goal: at most 3×). The text is generated once, outside
 * the timings.
 */
export default defineBench<{ text: string }>({
  kind: 'node',
  name: 'import: Jira CSV 50,000 rows',
  samples: 10,
  time: 3000,
  setup: () => ({ text: generateJiraCsv({ rows: 50_000, seed: 1 }) }),
  baseline: {
    name: 'papaparse alone (same text and settings, string rows)',
    run: ({ text }) => Papa.parse<string[]>(text, { delimiter: ',', header: false }),
  },
  cases: [{ name: 'importJiraCsv', run: ({ text }) => importJiraCsv(text) }],
});

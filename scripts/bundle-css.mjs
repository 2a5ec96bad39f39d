// Inlines a stylesheet's `@import './file.css';` lines, in order, into one file: the package ships
// one `styles.css` a host links or imports without a bundler that follows imports.
// Usage: node scripts/bundle-css.mjs packages/react/src/styles.css packages/react/dist/styles.css
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const IMPORT = /^@import\s+['"](\.[^'"]+)['"];\s*$/gm;

/** The stylesheet at `entry` with each relative `@import` replaced by the file it names (one level). */
export function bundleCss(entry) {
  const text = readFileSync(entry, 'utf8');
  return text.replace(IMPORT, (_, path) => readFileSync(resolve(dirname(entry), path), 'utf8').trimEnd());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [entry, out] = process.argv.slice(2);
  if (!entry || !out) {
    console.error('Usage: node scripts/bundle-css.mjs <entry.css> <out.css>');
    process.exit(2);
  }
  const css = bundleCss(entry);
  // One level of imports is all the package has; a file importing another would ship a broken link.
  const left = css.match(/^@import .*$/m);
  if (left) {
    console.error(`${entry}: an imported file imports again (${left[0]}); import every file from the entry.`);
    process.exit(1);
  }
  writeFileSync(out, css);
}

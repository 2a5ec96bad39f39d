// Imports each built package by its published name, the way a host's Node process would.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const core = await import('@throughline/core');
const react = await import('@throughline/react');
const failures = [];
const expect = (condition, message) => {
  if (!condition) failures.push(message);
};

expect(Array.isArray(core.ITEM_KINDS) && core.ITEM_KINDS.includes('epic'), '@throughline/core: ITEM_KINDS missing');
expect(Array.isArray(react.themeTokens) && react.themeTokens.length > 0, '@throughline/react: themeTokens missing');
const css = fileURLToPath(import.meta.resolve('@throughline/react/styles.css'));
expect(existsSync(css) && css.includes('/dist/'), `@throughline/react/styles.css resolves to ${css}, not the build`);
const coreEntry = fileURLToPath(import.meta.resolve('@throughline/core'));
expect(coreEntry.includes('/dist/'), `@throughline/core resolves to ${coreEntry}, not the build`);

if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('plain Node imported @throughline/core and @throughline/react from their builds');

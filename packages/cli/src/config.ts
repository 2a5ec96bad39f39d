import { DEFAULT_WEIGHTS, RULES, type ScoreOptions } from '@throughline/core';
import { parseDate } from './args.js';
import { CliError, displayName, type Io, readJson } from './io.js';

const KEYS = ['today', 'productBacklogId', 'currentHorizonId', 'weights', 'rules'];
const LEVELS = ['off', 'warn', 'error'];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads `score --config FILE`: a JSON object of `scoreAlignment` options (`today`,
 * `productBacklogId`, `currentHorizonId`, `weights`, `rules`), checked so that a typo is a one-line
 * usage error (exit 2) rather than a rule silently left at its default. A rule's thresholds are
 * passed through as given.
 *
 * @example
 * // throughline.json
 * { "rules": { "stale-items": ["warn", { "staleDays": 90 }], "oversized-backlog": "off" } }
 */
export async function readScoreConfig(io: Io, file: string): Promise<ScoreOptions> {
  const config = await readJson(io, file);
  const fail = (reason: string): never => {
    throw new CliError(`${displayName(file)}: ${reason}`);
  };
  if (!isObject(config)) return fail('the score configuration is a JSON object, e.g. { "rules": { … } }');
  for (const key of Object.keys(config)) {
    if (!KEYS.includes(key)) fail(`unknown setting "${key}" (settings: ${KEYS.join(', ')})`);
  }
  const { today, productBacklogId, currentHorizonId, weights, rules } = config;
  if (today !== undefined) parseDate(`${displayName(file)}: today`, typeof today === 'string' ? today : String(today));
  for (const [key, value] of Object.entries({ productBacklogId, currentHorizonId })) {
    if (value !== undefined && (typeof value !== 'string' || value === '')) fail(`${key} must be an id (a string)`);
  }
  if (weights !== undefined) {
    if (!isObject(weights)) fail('weights is an object such as { "traceability": 0.5 }');
    for (const [name, weight] of Object.entries(weights as object)) {
      if (!Object.hasOwn(DEFAULT_WEIGHTS, name)) {
        fail(`unknown sub-score "${name}" in weights (sub-scores: ${Object.keys(DEFAULT_WEIGHTS).join(', ')})`);
      }
      if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
        fail(`weights.${name} must be a number of 0 or more`);
      }
    }
  }
  if (rules !== undefined) {
    if (!isObject(rules)) fail('rules is an object such as { "stale-items": "off" }');
    for (const [id, setting] of Object.entries(rules as object)) {
      if (!Object.hasOwn(RULES, id)) fail(`unknown rule "${id}" (rules: ${Object.keys(RULES).join(', ')})`);
      const [level, options] = Array.isArray(setting) ? setting : [setting, {}];
      const shaped = !Array.isArray(setting) || (setting.length === 2 && isObject(options));
      if (!shaped || !LEVELS.includes(level)) {
        fail(`rules.${id} must be "off", "warn", "error" or [level, { options }]`);
      }
    }
  }
  return config as ScoreOptions;
}
